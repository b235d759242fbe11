#include "widgets/studio/phase_text.h"

#include <QCoreApplication>

#include <iterator>

namespace pmis {

namespace {

// Phases named by core: the generator's and exporters' tables, the importers' files, the quality
// report's steps, the recommender's training and evaluation steps and the comparison's.
constexpr const char *kPhases[] = {
        QT_TRANSLATE_NOOP("Phase", "companies"),
        QT_TRANSLATE_NOOP("Phase", "students"),
        QT_TRANSLATE_NOOP("Phase", "internships"),
        QT_TRANSLATE_NOOP("Phase", "interactions"),
        QT_TRANSLATE_NOOP("Phase", "outcomes"),
        QT_TRANSLATE_NOOP("Phase", "done"),
        QT_TRANSLATE_NOOP("Phase", "row counts"),
        QT_TRANSLATE_NOOP("Phase", "completeness"),
        QT_TRANSLATE_NOOP("Phase", "duplicates"),
        QT_TRANSLATE_NOOP("Phase", "keys"),
        QT_TRANSLATE_NOOP("Phase", "ranges"),
        QT_TRANSLATE_NOOP("Phase", "shares"),
        QT_TRANSLATE_NOOP("Phase", "distributions"),
        QT_TRANSLATE_NOOP("Phase", "range bounds"),
        QT_TRANSLATE_NOOP("Phase", "children per parent"),
        QT_TRANSLATE_NOOP("Phase", "skills"),
        QT_TRANSLATE_NOOP("Phase", "contact data"),
        QT_TRANSLATE_NOOP("Phase", "deadlines"),
        QT_TRANSLATE_NOOP("Phase", "consistency"),
        QT_TRANSLATE_NOOP("Phase", "published figures"),
        QT_TRANSLATE_NOOP("Phase", "success by group"),
        QT_TRANSLATE_NOOP("Phase", "feedback"),
        QT_TRANSLATE_NOOP("Phase", "item neighbourhoods"),
        QT_TRANSLATE_NOOP("Phase", "implicit ALS"),
        QT_TRANSLATE_NOOP("Phase", "success model"),
        QT_TRANSLATE_NOOP("Phase", "trained"),
        QT_TRANSLATE_NOOP("Phase", "ranking"),
        QT_TRANSLATE_NOOP("Phase", "success model metrics"),
        QT_TRANSLATE_NOOP("Phase", "shortlists"),
        QT_TRANSLATE_NOOP("Phase", "comparing"),
        QT_TRANSLATE_NOOP("Phase", "overview"),
        QT_TRANSLATE_NOOP("Phase", "comparing with the baseline"),
        QT_TRANSLATE_NOOP("Phase", "laying out the report"),
        QT_TRANSLATE_NOOP("Phase", "written"),
};

// Phases of the form "<verb> <object>": the object is a table or file name and stays as it is.
constexpr struct
{
    const char *prefix;
    const char *text;
} kPatterns[] = {
        {"writing ", QT_TRANSLATE_NOOP("Phase", "writing %1")},
        {"indexing ", QT_TRANSLATE_NOOP("Phase", "indexing %1")},
        {"reading ", QT_TRANSLATE_NOOP("Phase", "reading %1")},
};

} // namespace

QString phaseText(const QString &phase)
{
    for (const char *known : kPhases)
        if (phase == QLatin1String(known))
            return QCoreApplication::translate("Phase", known);
    for (const auto &p : kPatterns)
        if (phase.startsWith(QLatin1String(p.prefix)))
            return QCoreApplication::translate("Phase", p.text)
                    .arg(phase.mid(int(qstrlen(p.prefix))));
    return phase;
}

} // namespace pmis
