// English and Hindi at run time: the Hindi catalogue loads from the resources, and View ▸ Language
// switches a running main window (menus, actions, dock, editor titles, charts' axis titles and
// legends, status bar, an open dialog, the recommender view) to Hindi and back without a restart.
// Qt posts QEvent::LanguageChange, so the texts change on a later event-loop turn: QTRY_COMPARE.
#include "app/studio/language_manager.h"
#include "app/studio/main_window.h"
#include "app/studio/studio_settings.h"
#include "app/studio/user_guide_dialog.h"
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/quality/quality_report.h"
#include "core/scenario/scenario_json.h"
#include "widgets/quality/quality_view.h"
#include "widgets/rec/recommender_view.h"
#include "widgets/studio/chart_widget.h"
#include "widgets/studio/column_texts.h"
#include "widgets/studio/data_tab.h"
#include "widgets/studio/dataset_table_model.h"
#include "widgets/studio/export_dialog.h"
#include "widgets/studio/generate_job.h"
#include "widgets/studio/overview_tab.h"
#include "widgets/studio/phase_text.h"
#include "widgets/studio/scenario_editor_dock.h"
#include "widgets/studio/share_table_editor.h"
#include "widgets/studio/studio_document.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBox>
#include <QTranslator>

#include <set>

using namespace pmis;

namespace {

ShareTableEditor *shareEditor(MainWindow &window, int index)
{
    const auto editors = window.editorDock()->findChildren<ShareTableEditor *>();
    return index < editors.size() ? editors[index] : nullptr;
}

bool hasDevanagari(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F)
            return true;
    return false;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PMIS-test"));
        QCoreApplication::setApplicationName(QStringLiteral("i18n-test"));
        QSettings().clear();
    }

    void cleanup() { settings::language.setValue(QStringLiteral("en")); }

    void hindiCatalogueIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/pmis_studio_hi.qm")));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.translate("pmis::MainWindow", "&File"), QStringLiteral("फ़ाइल(&F)"));
        // Qt's standard buttons: Debian has no qtbase_hi, so our catalogue carries them.
        QCOMPARE(translator.translate("QPlatformTheme", "Cancel"), QStringLiteral("रद्द करें"));
    }

    void languageManagerInstallsAndRemoves()
    {
        LanguageManager language;
        QSignalSpy changed(&language, &LanguageManager::languageChanged);
        QVERIFY(language.setLanguage(QStringLiteral("hi")));
        QCOMPARE(changed.count(), 1);
        QVERIFY2(language.installedCatalogues().contains(QStringLiteral("pmis_studio_hi.qm")),
                 qPrintable(language.installedCatalogues().join(QLatin1Char(','))));
        QCOMPARE(QLocale().name(), QStringLiteral("hi_IN"));
        QCOMPARE(QCoreApplication::translate("pmis::MainWindow", "&Help"),
                 QStringLiteral("सहायता(&H)"));
        // Numbers follow the language's locale (Indian digit grouping).
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("12,34,567"));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QVERIFY(language.installedCatalogues().isEmpty());
        QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
        QCOMPARE(QCoreApplication::translate("pmis::MainWindow", "&Help"), QStringLiteral("&Help"));
        QVERIFY(!language.setLanguage(QStringLiteral("xx")));
        QCOMPARE(settings::language.value(), QStringLiteral("en"));
    }

    void switchesRunningMainWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        auto *generate = window.findChild<QAction *>(QStringLiteral("generateAction"));
        QVERIFY(fileMenu && generate);
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(generate->text(), QStringLiteral("&Generate"));

        // A small dataset, so the Overview's charts and the status bar have content.
        window.loadPresetNamed(QStringLiteral("demo-small"));
        QSignalSpy overview(window.overviewTab(), &OverviewTab::updated);
        window.generate();
        QTRY_VERIFY_WITH_TIMEOUT(overview.count() == 1, 30000);
        ChartWidget *cgpa = window.overviewTab()->charts()[1];
        QCOMPARE(cgpa->yAxis->label(), QStringLiteral("density"));
        QVERIFY(window.statusSummary().contains(QStringLiteral("students")));

        QToolBox *pages = window.editorDock()->pages();
        ShareTableEditor *tiers = shareEditor(window, 0);
        QVERIFY(tiers);
        QCOMPARE(tiers->title(), QStringLiteral("College tiers"));
        QCOMPARE(tiers->chart()->yAxis->label(), QStringLiteral("share"));
        QCOMPARE(tiers->chart()->plottable(0)->name(), QStringLiteral("target"));

        // An open non-modal dialog follows too.
        ExportDialog dialog(ExportChoice{ExportScope::AllTables, "csv"}, QStringLiteral("students"),
                            1500, QDir::tempPath(), &window);
        dialog.show();
        QAbstractButton *cancel
                = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Export"));

        // View ▸ Language ▸ हिन्दी
        QAction *hindi = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->data().toString() == QLatin1String("hi"))
                hindi = a;
        if (!hindi)
            QFAIL("no View > Language > Hindi action");
        hindi->trigger();
        QCOMPARE(settings::language.value(), QStringLiteral("hi"));
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("फ़ाइल(&F)"));
        QTRY_COMPARE(generate->text(), QStringLiteral("डेटासेट बनाएँ(&G)"));
        QCOMPARE(window.editorDock()->windowTitle(), QStringLiteral("परिदृश्य"));
        QCOMPARE(pages->itemText(0), QStringLiteral("जनसंख्या"));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("अवलोकन"));
        QCOMPARE(window.tabs()->tabText(2), QStringLiteral("गुणवत्ता"));
        QCOMPARE(window.tabs()->tabText(3), QStringLiteral("अनुशंसक"));
        QCOMPARE(tiers->title(), QStringLiteral("कॉलेज श्रेणियाँ"));
        QCOMPARE(tiers->chart()->yAxis->label(), QStringLiteral("हिस्सा"));
        QCOMPARE(tiers->chart()->plottable(0)->name(), QStringLiteral("लक्ष्य"));
        QCOMPARE(cgpa->yAxis->label(), QStringLiteral("घनत्व"));
        QVERIFY2(window.statusSummary().contains(QStringLiteral("छात्र")),
                 qPrintable(window.statusSummary()));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("निर्यात करें"));
        QCOMPARE(cancel->text(), QStringLiteral("रद्द करें"));
        // The data dictionary's tooltips: description and unit.
        window.dataTab()->showTable(QStringLiteral("students"));
        const Table *students = window.dataTab()->currentTable();
        QVERIFY(students);
        const int column = students->indexOf("cgpa");
        const QString tip = window.dataTab()
                                    ->model()
                                    ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                                    .toString();
        QVERIFY2(tip.contains(QStringLiteral("प्रत्येक श्रेणी")) && tip.contains(QStringLiteral("अंक")),
                 qPrintable(tip));

        // And back to English.
        for (QAction *a : window.findChildren<QAction *>())
            if (a->data().toString() == QLatin1String("en"))
                a->trigger();
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
        QTRY_COMPARE(generate->text(), QStringLiteral("&Generate"));
        QCOMPARE(pages->itemText(0), QStringLiteral("Population"));
        QCOMPARE(tiers->title(), QStringLiteral("College tiers"));
        QCOMPARE(tiers->chart()->yAxis->label(), QStringLiteral("share"));
        QCOMPARE(cgpa->yAxis->label(), QStringLiteral("density"));
        QVERIFY(window.statusSummary().contains(QStringLiteral("students")));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Export"));
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    }

    void recommenderViewFollows()
    {
        LanguageManager language;
        RecommenderView view;
        auto *tabs = view.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Student view"));
        QVERIFY(language.setLanguage(QStringLiteral("hi")));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("छात्र दृश्य"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("recommenderStatus"));
        QVERIFY(status && hasDevanagari(status->text()));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Student view"));
    }

    void qualityViewFollows()
    {
        LanguageManager language;
        QualityView view;
        const auto scenario = loadPreset("demo-small");
        auto data = generateDataset(*scenario);
        QVERIFY(data);
        auto report = quality::computeQuality(*data, &*scenario);
        QVERIFY(report);
        view.setReport(*report);
        QAbstractItemModel *model = view.model();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QToolButton *pass = view.findChildren<QToolButton *>().front();
        QVERIFY(pass->text().startsWith(QStringLiteral("Pass (")));
        QVERIFY(language.setLanguage(QStringLiteral("hi")));
        QTRY_VERIFY2(pass->text().startsWith(QStringLiteral("सफल (")), qPrintable(pass->text()));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("स्थिति"));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(pass->text().startsWith(QStringLiteral("Pass (")));
    }

    void userGuideFollows()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/guide/user-guide.html")));
        QCOMPARE(UserGuideDialog::guidePath(QStringLiteral("hi")),
                 QStringLiteral(":/guide/user-guide.hi.html"));
        QVERIFY(QFile::exists(UserGuideDialog::guidePath(QStringLiteral("hi"))));
        LanguageManager language;
        UserGuideDialog dialog;
        auto *browser = dialog.findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Tune the scenario")));
        QVERIFY(language.setLanguage(QStringLiteral("hi")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("उपयोगकर्ता मार्गदर्शिका"));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("परिदृश्य को समायोजित करें")));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("User Guide"));
    }

    // Core describes columns and reports progress in English; the widgets translate what they
    // know. These lists must follow core: a new description or phase fails here.
    void coreTextsHaveTranslations()
    {
        LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("hi")));
        const auto descriptions = translatableColumnTexts(false);
        const auto units = translatableColumnTexts(true);
        const std::set<std::string> knownDescriptions(descriptions.begin(), descriptions.end());
        const std::set<std::string> knownUnits(units.begin(), units.end());
        for (const char *preset : {"pmis-2025", "demo-small"}) {
            const auto scenario = loadPreset(preset);
            QVERIFY(scenario);
            const Dataset schemas = emptyDataset(*scenario);
            for (const Table *t : schemas.tables()) {
                for (const Column &c : t->columns) {
                    const std::string &d = c.spec.description;
                    const bool isTemplate = d.find(' ') == std::string::npos; // a URL, an e-mail
                    const QString where = QStringLiteral("%1.%2: \"%3\"")
                                                  .arg(QString::fromStdString(t->name),
                                                       QString::fromStdString(c.spec.name),
                                                       QString::fromStdString(d));
                    QVERIFY2(isTemplate || knownDescriptions.count(d),
                             qPrintable(where + QStringLiteral(" is not in column_texts.cpp")));
                    if (!isTemplate)
                        QVERIFY2(hasDevanagari(columnDescriptionText(d)), qPrintable(where));
                    if (!c.spec.unit.empty()) {
                        QVERIFY2(knownUnits.count(c.spec.unit), qPrintable(where));
                        QVERIFY2(hasDevanagari(columnUnitText(c.spec.unit)), qPrintable(where));
                    }
                }
            }
        }

        // Every progress phase of generation, export and the quality report.
        std::set<std::string> phases;
        const ProgressFn collect = [&](double, const std::string &phase) {
            phases.insert(phase);
            return true;
        };
        const auto scenario = loadPreset("demo-small");
        GenerateOptions options;
        options.progress = collect;
        auto data = generateDataset(*scenario, options);
        QVERIFY(data);
        QTemporaryDir dir;
        QVERIFY(exportCsvFolder(*data, *scenario, dir.filePath(QStringLiteral("csv")).toStdString(),
                                {}, collect));
        QVERIFY(quality::computeQuality(*data, &*scenario, collect));
        QVERIFY(phases.size() > 10);
        for (const std::string &phase : phases) {
            const QString text = phaseText(QString::fromStdString(phase));
            QVERIFY2(hasDevanagari(text),
                     qPrintable(QStringLiteral("phase \"%1\" → \"%2\"")
                                        .arg(QString::fromStdString(phase), text)));
        }
        QVERIFY(language.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestI18n)
#include "test_i18n.moc"
