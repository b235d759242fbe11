// The dataset report: every section's heading, the scenario's SHA-256 and the page count in the
// PDF (read back with pdftotext and pdfinfo from poppler-utils), in English and in Hindi; the
// comparison section with a baseline; imported data without a scenario; cancel and a file that
// cannot be written lose nothing; the report as an export format (the studio's export job, and
// pmis-gen --format report); and pmis-gen report.
#include "core/gen/generator.h"
#include "core/scenario/scenario_json.h"
#include "widgets/report/report_document.h"
#include "widgets/report/report_exporter.h"
#include "widgets/studio/export_job.h"
#include "tests/test_presets.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pmis;
using test::generated;
using test::preset;
using namespace pmis::report;

namespace {

ReportInput inputFor(const Scenario &scenario)
{
    ReportInput input;
    input.dataset = generated(scenario);
    input.scenario = scenario;
    input.source = "generated";
    return input;
}

ReportMeta meta()
{
    return {QStringLiteral("9.8.7"), QDateTime(QDate(2026, 1, 2), QTime(3, 4))};
}

// A poppler-utils tool's output; the test fails when the tool is missing.
QString run(const QString &tool, const QStringList &arguments)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        qWarning("%s is missing: install poppler-utils", qPrintable(tool));
    QProcess p;
    p.start(exe.isEmpty() ? tool : exe, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString textOf(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
}

int pagesOf(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

Result<int> writeReport(const ReportInput &input, const QString &path,
                        const ProgressFn &progress = {})
{
    auto figures = computeReportFigures(input);
    if (!figures)
        return figures.status();
    return ReportDocument::write(input, *figures, meta(), path, progress);
}

// An export of the report of `scenario`'s data into `path`.
ExportRequest reportRequest(const Scenario &scenario, const QString &path)
{
    ExportRequest request;
    request.choice = {ExportScope::AllTables, "report"};
    request.path = path;
    request.dataset = generated(scenario);
    request.scenario = scenario;
    request.name = QStringLiteral("generated");
    return request;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils");
    }

    void reportHoldsEverySectionAndTheScenarioHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.pdf"));
        const Scenario scenario = preset("demo-small");
        auto pages = writeReport(inputFor(scenario), path);
        QVERIFY2(pages, pages ? "" : pages.error().c_str());
        // Title, 5 sections; the charts alone take five pages.
        QCOMPARE(pagesOf(path), *pages);
        QVERIFY2(*pages >= 12 && *pages <= 40, qPrintable(QString::number(*pages)));
        const QString text = textOf(path).simplified(); // wrapped lines joined
        QVERIFY(text.contains(QLatin1String("PMIS dataset report")));
        for (const QString &title : ReportDocument::sectionTitles(false))
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(!text.contains(QLatin1String("Comparison with the baseline")));
        QVERIFY(text.contains(QString::fromStdString(scenarioHash(scenario))));
        QVERIFY(text.contains(QLatin1String("9.8.7")));
        QVERIFY(text.contains(QLatin1String("demo-small")));
        // Parameters, chart titles, the quality summary, positive counts and the audit's groups.
        QVERIFY(text.contains(QLatin1String("success_rate")));
        QVERIFY(text.contains(QLatin1String("Students per college tier")));
        QVERIFY(text.contains(QLatin1String("Funnel: view")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d+ checks: \\d+ passed"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d+ positive, \\d+ negative"))));
        QVERIFY(text.contains(QLatin1String("too few positives to judge")));
        QVERIFY(text.contains(QLatin1String("Exposure per candidate by rural_urban")));
        // Nothing but the report is left in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("demo.pdf")});
    }

    void baselineAddsTheComparison()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.pdf"));
        Scenario before = preset("demo-small");
        Scenario after = before;
        after.outcome.successRate = 0.2;
        ReportInput input = inputFor(after);
        input.baseline = generated(before);
        input.baselineScenario = before;
        input.baselineSource = "baseline run";
        auto pages = writeReport(input, path);
        QVERIFY2(pages, pages ? "" : pages.error().c_str());
        const QString text = textOf(path).simplified();
        for (const QString &title : ReportDocument::sectionTitles(true))
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(text.contains(QLatin1String("$.outcomes.success_rate")));
        // The success rate quadrupled: the outcomes' success share is beyond the noise.
        const QRegularExpression beyond(QStringLiteral("Figures beyond the noise: (\\d+) of"));
        const auto match = beyond.match(text);
        QVERIFY(match.hasMatch());
        QVERIFY(match.captured(1).toInt() > 0);
        QVERIFY(text.contains(QLatin1String("baseline run")));
    }

    void importedDataHaveNoParametersToList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("imported.pdf"));
        ReportInput input = inputFor(preset("demo-small"));
        input.scenario.reset();
        input.source = "folder /data/x";
        auto pages = writeReport(input, path);
        QVERIFY2(pages, pages ? "" : pages.error().c_str());
        const QString text = textOf(path).simplified();
        QVERIFY(text.contains(QLatin1String("there are no parameters to list")));
        QVERIFY(text.contains(QLatin1String("needs no scenario")));
        QVERIFY(!text.contains(QLatin1String("SHA-256")));
        QVERIFY(text.contains(QLatin1String("folder /data/x")));
    }

    void hindiReport()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/pmis_studio_hi.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Hindi, QLocale::India));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hi.pdf"));
        const Scenario scenario = preset("demo-small");
        auto pages = writeReport(inputFor(scenario), path);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(pages, pages ? "" : pages.error().c_str());
        const QString text = textOf(path);
        // Words whose glyphs map back one to one (pdftotext cannot undo every reordered vowel
        // sign of a shaped cluster).
        QVERIFY2(text.contains(QStringLiteral("PMIS डेटासेट")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("अवलोकन")));
        QVERIFY(text.contains(QString::fromStdString(scenarioHash(scenario))));
        QVERIFY(!text.contains(QLatin1String("Scenario parameters")));
        QVERIFY(!text.contains(QLatin1String("Quality checks")));
        // The first page renders.
        const QString png = dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             QStringLiteral("-singlefile"), path, png});
        QVERIFY(QFileInfo(png + QStringLiteral(".png")).size() > 5000);
    }

    void cancelReplacesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous report");
        }
        int calls = 0;
        auto pages = writeReport(inputFor(preset("demo-small")), path,
                                 [&calls](double, const std::string &) { return ++calls < 4; });
        QVERIFY(pages.isCancelled());
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the previous report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("kept.pdf")});
        // And cancelling the figures.
        auto figures = computeReportFigures(inputFor(preset("demo-small")),
                                            [](double, const std::string &) { return false; });
        QVERIFY(figures.isCancelled());
    }

    void unwritableFileFailsInWords()
    {
        const QString path = QStringLiteral("/nonexistent-folder/report.pdf");
        auto pages = writeReport(inputFor(preset("demo-small")), path);
        QVERIFY(!pages);
        QVERIFY2(QString::fromStdString(pages.error()).startsWith(path), pages.error().c_str());
    }

    // The report is an entry of the export registry: listed with the other formats, written
    // in two phases by the studio's export job (figures on the worker, pages on this thread).
    void registeredAsAnExportFormat()
    {
        QVERIFY(registerReportExporter());
        QVERIFY(registerReportExporter()); // a second call does nothing
        const Exporter *e = findExporter(kReportExporterId);
        QVERIFY(e);
        QCOMPARE(e->extension, std::string(".pdf"));
        QVERIFY(!e->writesFolder);
        QVERIFY(e->prepare && e->finish);
        QVERIFY(exportChoices().back() == (ExportChoice{ExportScope::AllTables, "report"}));
        QVERIFY(QString::fromStdString(exporterIds("or")).endsWith(QLatin1String("or report")));
    }

    void exportJobWritesTheReport()
    {
        QVERIFY(registerReportExporter());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/job.pdf"));
        const Scenario scenario = preset("demo-small");
        const ExportRequest request = reportRequest(scenario, path);
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy failed(&job, &ExportJob::failed);
        QSignalSpy progress(&job, &ExportJob::progress);
        job.start(request);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.front().at(0).toString()));
        QVERIFY(!job.isRunning());
        QCOMPARE(finished.front().at(0).toStringList(), QStringList{path});
        QVERIFY(pagesOf(path) >= 12);
        QVERIFY(textOf(path).contains(QString::fromStdString(scenarioHash(scenario))));
        // The worker's part and the pages' part both report progress, in order.
        QVERIFY(progress.size() >= 2);
        QVERIFY(progress.front().at(0).toDouble() < 0.9);
        QVERIFY(progress.back().at(0).toDouble() > 0.9);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].at(0).toDouble() >= progress[i - 1].at(0).toDouble());
    }

    void exportJobWithABaselineCompares()
    {
        QVERIFY(registerReportExporter());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.pdf"));
        Scenario scenario = preset("demo-small");
        const Scenario baseline = scenario;
        scenario.seed += 1;
        ExportRequest request = reportRequest(scenario, path);
        request.baseline = generated(baseline);
        request.baselineScenario = baseline;
        request.baselineName = QStringLiteral("the baseline");
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start(request);
        QVERIFY(finished.wait(120000));
        QVERIFY(textOf(path).contains(ReportDocument::sectionTitles(true).back()));
    }

    void exportJobCancelled()
    {
        QVERIFY(registerReportExporter());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.pdf"));
        const ExportRequest request = reportRequest(preset("demo-small"), path);
        ExportJob job;
        QSignalSpy cancelled(&job, &ExportJob::cancelled);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start(request);
        job.cancel();
        QVERIFY(cancelled.wait(120000));
        QVERIFY(finished.isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Two phases are for the whole dataset: a scope of one table is refused in words.
    void exportJobRefusesOneTable()
    {
        QVERIFY(registerReportExporter());
        QTemporaryDir dir;
        ExportRequest request
                = reportRequest(preset("demo-small"), dir.filePath(QStringLiteral("sel")));
        request.choice.scope = ExportScope::SelectionWithRelated;
        request.table = QStringLiteral("students");
        ExportJob job;
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start(request);
        QVERIFY(failed.wait(120000));
        QVERIFY(failed.front().at(0).toString().contains(QLatin1String("every table only")));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.pdf"));
        QProcess gen;
        gen.start(QStringLiteral(PMIS_GEN_EXE),
                  {QStringLiteral("report"), QStringLiteral("--preset"),
                   QStringLiteral("demo-small"), QStringLiteral("--out"), path,
                   QStringLiteral("--quiet")});
        QVERIFY(gen.waitForFinished(120000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        QVERIFY(pagesOf(path) >= 12);
        QVERIFY(textOf(path).contains(QString::fromStdString(scenarioHash(preset("demo-small")))));
        // Usage errors name the option.
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("report"), QStringLiteral("--preset"),
                          QStringLiteral("demo-small")},
              QStringList{QStringLiteral("report"), QStringLiteral("--preset"),
                          QStringLiteral("demo-small"), QStringLiteral("--out"), path,
                          QStringLiteral("--language"), QStringLiteral("fr")}}) {
            gen.start(QStringLiteral(PMIS_GEN_EXE), arguments);
            QVERIFY(gen.waitForFinished(60000));
            QCOMPARE(gen.exitCode(), 2);
            const QString error = QString::fromUtf8(gen.readAllStandardError());
            QVERIFY2(error.contains(QLatin1String("--out"))
                             || error.contains(QLatin1String("--language")),
                     qPrintable(error));
        }
        gen.start(QStringLiteral(PMIS_GEN_EXE),
                  {QStringLiteral("report"), QStringLiteral("--data"),
                   dir.filePath(QStringLiteral("missing")), QStringLiteral("--out"), path});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 1);
        QVERIFY(QString::fromUtf8(gen.readAllStandardError()).contains(QLatin1String("missing")));
    }

    // The report is one of pmis-gen's --format names, written beside the other formats.
    void commandLineFormat()
    {
        QTemporaryDir dir;
        QProcess gen;
        gen.start(QStringLiteral(PMIS_GEN_EXE),
                  {QStringLiteral("generate"), QStringLiteral("--preset"),
                   QStringLiteral("demo-small"), QStringLiteral("--format"),
                   QStringLiteral("report,json"), QStringLiteral("--out"), dir.path(),
                   QStringLiteral("--quiet")});
        QVERIFY(gen.waitForFinished(120000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        const QString pdf = dir.filePath(QStringLiteral("pmis_report.pdf"));
        QVERIFY(pagesOf(pdf) >= 12);
        QVERIFY(textOf(pdf).contains(QString::fromStdString(scenarioHash(preset("demo-small")))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("datasets_metadata.json"))));
        gen.start(QStringLiteral(PMIS_GEN_EXE),
                  {QStringLiteral("generate"), QStringLiteral("--help")});
        QVERIFY(gen.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(gen.readAllStandardOutput()).contains(QLatin1String("report")));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
