#include "app/cli/rec_source.h"

#include "app/cli/scenario_options.h"
#include "core/gen/generator.h"
#include "core/io/dataset_import.h"
#include "core/util/civil_time.h"

#include <algorithm>
#include <cstdio>

namespace pmis::cli {

const std::set<std::string> kRecValueOptions = [] {
    std::set<std::string> s = kScenarioOptions;
    s.insert({"data", "reference-date", "weights", "cf", "threads"});
    return s;
}();

const char *kRecSourceHelp = R"(Data:
  --data PATH            a folder of enhanced_<table>.csv files (the studio's or the old
                         generator's layout) or a SQLite file the studio wrote
  --preset NAME          ...or generate a preset in memory (see 'pmis-gen presets'),
  --scenario FILE        ...or a scenario file; --seed, --students, --internships,
                         --interactions and --success-rate override it
  --reference-date D     YYYY-MM-DD: internships past their deadline on D are expired
                         (default: the scenario's, or the one recorded with the data,
                         else the day after the last interaction)
Model:
  --weights C,F,S[,P]    blend weights of content, CF, P(success) and popularity
                         (default: evaluate learns them on the validation slice; other
                         commands use 0.4,0.3,0.3,0)
  --cf als|knn           collaborative filtering: implicit ALS (default) or item-kNN
  --balanced             balanced class weights for the success model (intercept corrected)
  --threads N            worker threads (default: all cores); results do not depend on it
)";

Result<RecSource> loadRecSource(const Arguments &args)
{
    RecSource src;
    Dataset data;
    std::optional<std::int64_t> reference;
    if (args.has("data")) {
        for (const char *name : {"preset", "scenario", "seed", "students", "internships",
                                 "interactions", "success-rate"})
            if (args.has(name))
                return Status::error(std::string("--data and --") + name + " exclude each other");
        const std::string path = *args.value("data");
        auto imported = importDataset(path);
        if (!imported)
            return imported.status();
        data = std::move(imported->data);
        if (imported->scenario)
            reference = imported->scenario->referenceSeconds();
        src.importErrors = imported->errors;
        src.importWarnings = imported->warnings;
        src.description = imported->format + " " + path;
    } else {
        if (!args.has("preset") && !args.has("scenario"))
            return Status::error(
                    "no data: give --data DIR, or --preset NAME / --scenario FILE to generate it");
        auto scenario = scenarioFromArguments(args);
        if (!scenario)
            return scenario.status();
        auto generated = generateDataset(*scenario);
        if (!generated)
            return generated.status();
        data = generated.takeValue();
        reference = scenario->referenceSeconds();
        src.description = "scenario " + scenario->name + ", seed " + std::to_string(scenario->seed)
                          + " (generated)";
    }
    if (auto v = args.value("reference-date")) {
        reference = parseIsoTimestamp(*v);
        if (!reference || v->size() != 10)
            return Status::error("--reference-date: '" + *v
                                 + "' is not a date; expected YYYY-MM-DD");
    }
    auto built = rec::buildRecData(data);
    if (!built)
        return built.status();
    if (!reference)
        reference = rec::dayAfterLastEvent(*built);
    src.referenceTime = *reference;
    src.data = std::make_shared<const rec::RecData>(built.takeValue());
    return src;
}

void reportImportIssues(const RecSource &source, bool quiet)
{
    if (quiet || source.importErrors + source.importWarnings == 0)
        return;
    std::fprintf(stderr,
                 "note: the import reported %zu errors and %zu warnings ('pmis-gen validate' lists "
                 "them); "
                 "cells that did not parse are empty\n",
                 source.importErrors, source.importWarnings);
}

Result<rec::RecommenderOptions> recommenderOptions(const Arguments &args)
{
    rec::RecommenderOptions o;
    if (auto v = args.value("weights")) {
        double w[4] = {0, 0, 0, 0};
        int count = 0;
        std::size_t start = 0;
        while (start <= v->size() && count < 5) {
            std::size_t comma = v->find(',', start);
            if (comma == std::string::npos)
                comma = v->size();
            const auto part = parseReal(v->substr(start, comma - start));
            if (!part || *part < 0 || count == 4)
                return Status::error("--weights: '" + *v
                                     + "' is not 3 or 4 non-negative numbers, e.g. 0.4,0.3,0.3");
            w[count++] = *part;
            start = comma + 1;
        }
        if (count < 3 || w[0] + w[1] + w[2] + w[3] <= 0)
            return Status::error("--weights: '" + *v
                                 + "' is not 3 or 4 non-negative numbers with a positive sum");
        o.weights = {w[0], w[1], w[2], w[3]};
    }
    if (auto v = args.value("cf")) {
        if (*v == "als")
            o.cf = rec::CfMethod::Als;
        else if (*v == "knn")
            o.cf = rec::CfMethod::ItemKnn;
        else
            return Status::error("--cf: '" + *v + "' is not als or knn");
    }
    o.success.balanced = args.has("balanced");
    if (auto v = args.value("threads")) {
        const auto n = parseInteger(*v, 1, 1024);
        if (!n)
            return Status::error("--threads: '" + *v + "' is not a whole number in [1, 1024]");
        o.threads = int(*n);
    }
    return o;
}

std::string formatFixed(double value, int decimals)
{
    return rec::formatDecimal(value, decimals);
}

std::string formatPercent(double fraction, int decimals)
{
    return formatFixed(100.0 * fraction, decimals) + "%";
}

} // namespace pmis::cli
