// pmis-gen report: the dataset report as a PDF, laid out by the studio's report (Qt, on the
// offscreen platform: no display is needed). Built with the GUI only.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/scenario_options.h"
#include "app/studio/language_manager.h"

#include "core/io/dataset_source.h"
#include "core/util/process_locale.h"
#include "core/io/exporters.h"
#include "widgets/report/report_exporter.h"

#include <QApplication>
#include <QFileInfo>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <limits>

namespace pmis::cli {
namespace {

const char *kReportHelp
        = R"(usage: pmis-gen report (--data DIR | --preset NAME | --scenario FILE) --out FILE.pdf [options]

Writes the dataset report as a multi-page A4 PDF: the scenario (name, seed, SHA-256), its
parameters, every Overview chart, the quality checks, the recommender's evaluation, the
fairness audit of the shortlists and, with --baseline, the comparison with a baseline. The
same report as the studio's File > Export > Report (PDF). A preset or scenario file is
generated in memory; a folder of CSV files or a SQLite file the studio wrote is imported.
The file is written under a temporary name and renamed once complete.
The report is laid out with Qt on its offscreen platform (no display needed); this command
exists only in builds with the studio (PMIS_BUILD_GUI=ON).

Options:
  --data PATH            a dataset folder or SQLite file to report on
  --preset NAME          a built-in preset, generated in memory
  --scenario FILE        a scenario file, generated in memory
  --seed N               generate with this seed instead of the scenario's
  --baseline SOURCE      compare with this dataset, preset or scenario file
  --out FILE             the PDF to write (required)
  --language CODE        en (default) or hi
  --quiet                no progress on stderr
  --help                 this text
)";

int runReport(const std::vector<std::string> &argv)
{
    Arguments args;
    if (auto error
        = args.parse(argv, {"data", "preset", "scenario", "seed", "baseline", "out", "language"},
                     {"help", "quiet"});
        !error.empty())
        return fail(error, 2);
    if (args.has("help")) {
        std::fputs(kReportHelp, stdout);
        return 0;
    }
    if (!args.positional().empty())
        return fail("unexpected argument '" + args.positional().front() + "' (see --help)", 2);
    int sources = 0;
    std::string source;
    for (const char *name : {"data", "preset", "scenario"})
        if (auto v = args.value(name)) {
            ++sources;
            source = *v;
        }
    if (sources != 1)
        return fail("report needs one of --data, --preset or --scenario (see --help)", 2);
    const auto out = args.value("out");
    if (!out || out->empty())
        return fail("report needs --out FILE.pdf (see --help)", 2);
    std::optional<std::uint64_t> seed;
    if (auto v = args.value("seed")) {
        const auto n = parseInteger(*v, 0, std::numeric_limits<long long>::max());
        if (!n)
            return fail("--seed: '" + *v + "' is not a whole number >= 0", 2);
        seed = std::uint64_t(*n);
    }
    const QString language = QString::fromStdString(args.value("language").value_or("en"));
    if (!LanguageManager::available().contains(language))
        return fail("--language: '" + language.toStdString() + "' is not en or hi", 2);

    // Qt lays the report out: the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "pmis-gen";
    char *qtArgv[] = {name, nullptr};
    QApplication app(argc, qtArgv);
    pinOutputLocale(); // Qt set the C locale from the environment
    QApplication::setApplicationVersion(QStringLiteral(PMIS_VERSION));
    QTranslator translator;
    QLocale::setDefault(LanguageManager::locale(language));
    if (language != QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/pmis_studio_%1.qm").arg(language)))
            return fail("--language: the " + language.toStdString() + " catalogue is missing");
        QApplication::installTranslator(&translator);
    }

    ProgressPrinter printer(args.has("quiet"));
    auto data = loadDatasetSource(source, seed, [&](double f, const std::string &phase) {
        return printer(0.2 * f, "loading: " + phase);
    });
    if (!data) {
        printer.done();
        return fail(source + ": " + data.error());
    }
    // Written by the "report" export format, as the studio's File > Export > Report (PDF) is.
    ExportInput input;
    input.data = &data->data;
    input.scenario = data->scenario ? &*data->scenario : nullptr;
    input.name = data->description;
    std::optional<DatasetSource> baseline;
    if (auto name = args.value("baseline")) {
        auto b = loadDatasetSource(*name);
        if (!b) {
            printer.done();
            return fail("--baseline: " + *name + ": " + b.error());
        }
        baseline = b.takeValue();
        input.baseline = &baseline->data;
        input.baselineScenario = baseline->scenario ? &*baseline->scenario : nullptr;
        input.baselineName = baseline->description;
    }
    const Exporter *report = findExporter(report::kReportExporterId);
    if (!report)
        return fail("the report format is not registered");
    auto written = report->write(input, *out, [&](double f, const std::string &phase) {
        return printer(0.2 + 0.8 * f, phase);
    });
    printer.done();
    if (!written)
        return fail(written.error());
    if (!args.has("quiet"))
        std::fprintf(stderr, "wrote %s\n", out->c_str());
    return 0;
}

const CommandRegistration registration("report", "write the dataset report as a PDF", runReport);
// The report is also an export format: --format report for the commands that write datasets.
[[maybe_unused]] const bool reportFormat = bool(report::registerReportExporter());

} // namespace
} // namespace pmis::cli
