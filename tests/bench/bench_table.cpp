// The Data tab at 10,000,000 interaction rows: set the model, first paint, scroll to the end, sort,
// filter and column statistics (through the DataTab, off the GUI thread), and the longest gap of
// the GUI event loop while they run. Run: QT_QPA_PLATFORM=offscreen ./bench_table [rows]
#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/table_query.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace pmis;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs `start` and waits for `signal`, measuring the longest gap between 5 ms timer ticks.
template<typename Signal>
void timed(DataTab &tab, Signal signal, const char *what, const std::function<void()> &start)
{
    QEventLoop loop;
    QElapsedTimer total, gap;
    double longest = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, ms(gap));
        gap.start();
    });
    auto c = QObject::connect(&tab, signal, &loop, &QEventLoop::quit);
    ticker.start(5);
    gap.start();
    total.start();
    start();
    loop.exec();
    const double elapsed = ms(total);
    QObject::disconnect(c);
    std::printf("%-44s %9.1f ms   (longest GUI event-loop gap %.1f ms)\n", what, elapsed, longest);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const std::int64_t rows = argc > 1 ? std::atoll(argv[1]) : 10'000'000;
    auto s = loadPreset("pmis-2025");
    if (!s)
        return 1;
    s->students = 200'000;
    s->internships = 20'000;
    s->interactions = rows;
    QElapsedTimer t;
    t.start();
    auto generated = generateDataset(*s);
    if (!generated) {
        std::fprintf(stderr, "%s\n", generated.error().c_str());
        return 1;
    }
    auto data = std::make_shared<const Dataset>(generated.takeValue());
    std::printf("generated %zu interactions in %.1f s\n", data->interactions.rowCount(),
                ms(t) / 1000);

    DataTab tab;
    tab.resize(1400, 900);
    tab.show();
    QApplication::processEvents();

    t.start();
    tab.setDataset(data);
    tab.showTable(QStringLiteral("interactions"));
    const double setMs = ms(t);
    t.start();
    tab.view()->repaint();
    const double paintMs = ms(t);
    std::printf("%-44s %9.1f ms\n", "set model (interactions)", setMs);
    std::printf("%-44s %9.1f ms\n", "first paint", paintMs);
    t.start();
    tab.view()->scrollToBottom();
    tab.view()->repaint();
    std::printf("%-44s %9.1f ms\n", "scroll to end + paint", ms(t));
    t.start();
    for (int i = 0; i < 50; ++i) {
        tab.view()->verticalScrollBar()->setValue(
                int(std::int64_t(i) * tab.model()->rowCount() / 50));
        tab.view()->repaint();
    }
    std::printf("%-44s %9.1f ms\n", "50 jumps across the table, each painted", ms(t));

    const Table &table = data->interactions;
    const int timestamp = table.indexOf("timestamp");
    const int type = table.indexOf("interaction_type");
    const int device = table.indexOf("device_type");
    timed(tab, &DataTab::queryFinished, "sort by timestamp (10M, descending)",
          [&] { tab.sortBy(timestamp, Qt::DescendingOrder); });
    timed(tab, &DataTab::queryFinished, "sort by interaction_type (category)",
          [&] { tab.sortBy(type, Qt::AscendingOrder); });
    timed(tab, &DataTab::queryFinished, "filter interaction_type = \"apply\" + sort",
          [&] { tab.applyFilter(QStringLiteral("interaction_type = \"apply\"")); });
    std::printf("  -> %d of %zu rows\n", tab.model()->rowCount(), table.rowCount());
    timed(tab, &DataTab::queryFinished, "filter time_spent >= 300 and device = mobile", [&] {
        tab.applyFilter(QStringLiteral("time_spent >= 300 and device_type = \"mobile\""));
    });
    std::printf("  -> %d of %zu rows\n", tab.model()->rowCount(), table.rowCount());
    timed(tab, &DataTab::queryFinished, "clear filter (sorted 10M again)",
          [&] { tab.applyFilter({}); });
    timed(tab, &DataTab::statsFinished, "column statistics: time_spent (10M)",
          [&] { tab.view()->setCurrentIndex(tab.model()->index(0, table.indexOf("time_spent"))); });
    timed(tab, &DataTab::statsFinished, "column statistics: device_type (10M)",
          [&] { tab.view()->setCurrentIndex(tab.model()->index(0, device)); });
    t.start();
    tab.view()->scrollToBottom();
    tab.view()->repaint();
    std::printf("%-44s %9.1f ms\n", "scroll to end of sorted rows + paint", ms(t));
    return 0;
}
