// pmis-gen evaluate: offline evaluation of every recommender method and of the success model.
#include "app/cli/commands.h"
#include "app/cli/rec_source.h"
#include "app/cli/scenario_options.h"

#include "core/rec/evaluation.h"
#include "core/rec/rec_json.h"
#include "core/rec/shortlist.h"
#include "core/util/civil_time.h"

#include <chrono>
#include <cstdio>

namespace pmis::cli {

namespace {

const char *kEvaluateHelp = R"(usage: pmis-gen evaluate (--data DIR | --preset NAME) [options]

Evaluates content, CF, P(success), the hybrid, popularity and random rankings and the
success model. Default protocol: a global temporal split of the applications (train
before the validation cut, the next 10% of applies validate, the newest 20% test);
relevance = an application (views are context), NDCG gains apply 1, shortlist 2,
selected 3; every feature as of the cut. The hybrid's blend weights are learned on the
validation slice (grid step 0.1, maximising NDCG@K) unless --weights is given. Ties are
broken by a hash of (seed, student, internship). Definitions: docs/recommender.md.

  --protocol P           temporal (default) or leave-last-out
  -k N                   cut-off (default 10)
  --max-k N              NDCG@K is also reported for K = 1..N (default 20)
  --bootstrap N          bootstrap resamples (default 1000)
  --seed-eval N          seed of the random baseline, the bootstrap and the tie-break (default 42)
  --fair G=P[,G=P...]    also audit fair shortlists of every open internship (FA*IR at
                         proportion P for every group named; exit code 3 when a slate
                         cannot be made fair)
  --json                 one JSON document with every figure
  --quiet                no progress on stderr
%s)";

std::string countsNote(const rec::BinaryReport &b)
{
    return std::to_string(b.positives) + "+/" + std::to_string(b.negatives) + "-"
           + (b.reliable ? "" : " (too few positives to judge)");
}

void printRanking(const rec::EvaluationReport &r)
{
    std::printf("Protocol: %s\n", r.protocolText.c_str());
    if (r.testCut != rec::kNoTime)
        std::printf("Validation cut %s, test cut %s\n", formatIsoTimestamp(r.validationCut).c_str(),
                    formatIsoTimestamp(r.testCut).c_str());
    std::printf("Ranking: %zu students, %zu relevant applications, %zu training and %zu held-out "
                "events; %zu open "
                "internships at the cut; CF = %s\n",
                r.evaluatedStudents, r.relevantItems, r.trainEvents, r.testEvents,
                r.openInternships, r.cfMethod.c_str());
    const auto w = [](const rec::BlendWeights &b) {
        return formatFixed(b.content, 1) + " content, " + formatFixed(b.cf, 1) + " CF, "
               + formatFixed(b.success, 1) + " P(success)";
    };
    if (r.blend.learned)
        std::printf("Hybrid weights learned on %zu validation students: %s (validation NDCG@%zu "
                    "%s); hybrid_fixed = %s\n",
                    r.blend.students, w(r.blend.chosen).c_str(), r.k,
                    formatFixed(r.blend.chosenNdcg, 4).c_str(), w(r.fixedWeights).c_str());
    else
        std::printf("Hybrid weights fixed (%s): %s\n", r.blend.note.c_str(),
                    w(r.fixedWeights).c_str());
    if (r.severalRelevant) {
        std::printf("%-13s %7s %7s %7s %8s %7s %7s %9s %6s %6s %8s\n", "method", "NDCG@K", "HR@K",
                    "MRR", "P@K", "R@K", "AP@K", "coverage", "Gini", "ties", "pop.lift");
        for (const rec::MethodReport &m : r.methods)
            std::printf("%-13s %7.4f %7.4f %7.4f %8.4f %7.4f %7.4f %9.3f %6.3f %6.3f %8.2f\n",
                        m.method.c_str(), m.atK.ndcg, m.atK.hit, m.atK.mrr, m.atK.precision,
                        m.atK.recall, m.atK.ap, m.coverage, m.exposureGini, m.tieRate,
                        m.popularityLift);
    } else {
        std::printf("(one relevant item per student: precision, recall and AP would copy hit rate "
                    "/ K, hit rate and "
                    "MRR, so they are not shown)\n");
        std::printf("%-13s %7s %7s %7s %9s %6s %6s %8s\n", "method", "NDCG@K", "HR@K", "MRR",
                    "coverage", "Gini", "ties", "pop.lift");
        for (const rec::MethodReport &m : r.methods)
            std::printf("%-13s %7.4f %7.4f %7.4f %9.3f %6.3f %6.3f %8.2f\n", m.method.c_str(),
                        m.atK.ndcg, m.atK.hit, m.atK.mrr, m.coverage, m.exposureGini, m.tieRate,
                        m.popularityLift);
    }
    std::printf("(K = %zu; coverage of open internships; Gini of exposure; ties = share of lists "
                "whose K-th place the "
                "tie-break decided)\n\nNDCG@%zu by group (students, relevant items):\n%-34s",
                r.k, r.k, "group");
    for (const rec::MethodReport &m : r.methods)
        std::printf(" %12s", m.method.c_str());
    std::printf("\n");
    for (std::size_t g = 0; !r.methods.empty() && g < r.methods[0].groups.size(); ++g) {
        const auto &first = r.methods[0].groups[g];
        std::printf("%-34s",
                    (first.attribute + "=" + first.label + " (" + std::to_string(first.students)
                     + ", " + std::to_string(first.relevant) + ")")
                            .c_str());
        for (const rec::MethodReport &m : r.methods)
            std::printf(" %12s", m.groups[g].reliable
                                         ? formatFixed(m.groups[g].metrics.ndcg, 4).c_str()
                                         : "too few");
        std::printf("\n");
    }
}

void printSuccess(const rec::EvaluationReport &r)
{
    std::printf("\nSuccess model: global temporal split, %zu fitting, %zu validation, %zu test "
                "applications\n",
                r.fitRows, r.calibrationRows, r.testRows);
    std::printf("%s\n", r.calibrationNote.c_str());
    std::printf("%-22s %-24s %-24s %8s %8s %7s %7s %6s  %s\n", "", "ROC AUC [95% CI]",
                "AP [95% CI]", "Brier", "LogLoss", "BSS", "LLSS", "ECE", "counts");
    for (const rec::BinaryReport *b :
         {&r.model, &r.uncalibrated, r.hasTruth ? &r.truth : nullptr}) {
        if (!b)
            continue;
        const std::string auc = formatFixed(b->auc.value, 4) + " [" + formatFixed(b->auc.lo, 3)
                                + ", " + formatFixed(b->auc.hi, 3) + "]";
        const std::string ap = formatFixed(b->ap.value, 4) + " [" + formatFixed(b->ap.lo, 3) + ", "
                               + formatFixed(b->ap.hi, 3) + "]";
        std::printf("%-22s %-24s %-24s %8s %8s %7s %7s %6s  %s\n", b->name.c_str(), auc.c_str(),
                    ap.c_str(), formatFixed(b->brier.value, 5).c_str(),
                    formatFixed(b->logLoss.value, 5).c_str(), formatFixed(b->brierSkill, 4).c_str(),
                    formatFixed(b->logLossSkill, 4).c_str(),
                    formatFixed(b->reliability.ece, 4).c_str(), countsNote(*b).c_str());
    }
    std::printf("(test base rate %s; %zu successes, %zu failures; %zu of %zu bootstrap resamples "
                "held one class and "
                "were dropped)\n",
                formatPercent(r.model.baseRate, 2).c_str(), r.model.positives, r.model.negatives,
                r.model.droppedResamples, r.model.resamples);
    std::printf("\nOpportunity shown by the hybrid (top %zu) and calibration by group:\n", r.k);
    std::printf("%-28s %12s %12s %10s %10s %8s %10s\n", "group", "mean stipend", "mean P(succ)",
                "predicted", "observed", "AUC", "counts");
    for (std::size_t g = 0; g < r.opportunity.size() && g < r.calibrationByGroup.size(); ++g) {
        const auto &o = r.opportunity[g];
        const auto &c = r.calibrationByGroup[g];
        const std::string auc = !c.reliable      ? "too few"
                                : c.auc == c.auc ? formatFixed(c.auc, 3)
                                                 : "-";
        std::printf(
                "%-28s %12s %12s %10s %10s %8s %10s\n", (o.attribute + "=" + o.label).c_str(),
                formatFixed(o.meanStipend, 0).c_str(), formatPercent(o.meanSuccess, 2).c_str(),
                formatPercent(c.predicted, 2).c_str(), formatPercent(c.observed, 2).c_str(),
                auc.c_str(),
                (std::to_string(c.positives) + "+/" + std::to_string(c.negatives) + "-").c_str());
    }
    std::printf("(group AUCs need %zu successes and %zu failures; overall figures %zu)\n",
                rec::kMinGroupPositives, rec::kMinGroupPositives, rec::kMinPositives);
    std::printf("\nExplanations checked: %zu; largest error %.3g (hybrid), %.3g (success), %.3g "
                "(content), %.3g (CF); "
                "%zu feature-vector mismatches\n",
                r.explained, r.maxHybridError, r.maxSuccessError, r.maxContentError, r.maxCfError,
                r.featureMismatches);
}

int runEvaluate(const std::vector<std::string> &argv)
{
    Arguments args;
    std::set<std::string> values = kRecValueOptions;
    values.insert({"k", "max-k", "bootstrap", "seed-eval", "fair", "protocol"});
    if (auto error = args.parse(argv, values, {"help", "json", "quiet", "balanced"});
        !error.empty())
        return fail(error, 2);
    if (args.has("help")) {
        std::printf(kEvaluateHelp, kRecSourceHelp);
        return 0;
    }
    if (!args.positional().empty())
        return fail("unexpected argument '" + args.positional().front() + "' (see --help)", 2);
    rec::EvaluationOptions o;
    const auto count = [&](const char *name, long long lo, long long hi, long long &out) {
        if (auto v = args.value(name)) {
            const auto n = parseInteger(*v, lo, hi);
            if (!n)
                return fail(std::string(name[1] ? "--" : "-") + name + ": '" + *v
                                    + "' is not a whole number in [" + std::to_string(lo) + ", "
                                    + std::to_string(hi) + "]",
                            2);
            out = *n;
        }
        return 0;
    };
    long long k = 10, maxK = 20, bootstrap = 1000;
    if (int code = count("k", 1, 1000, k))
        return code;
    if (int code = count("max-k", 1, 1000, maxK))
        return code;
    if (int code = count("bootstrap", 0, 100000, bootstrap))
        return code;
    o.k = std::size_t(k);
    o.maxK = std::size_t(maxK);
    o.bootstrap = int(bootstrap);
    if (auto v = args.value("seed-eval")) {
        const auto n = parseInteger(*v, 0, std::numeric_limits<long long>::max());
        if (!n)
            return fail("--seed-eval: '" + *v + "' is not a whole number >= 0", 2);
        o.seed = std::uint64_t(*n);
    }
    if (auto v = args.value("protocol")) {
        if (*v == "leave-last-out")
            o.protocol = rec::Protocol::LeaveLastOut;
        else if (*v != "temporal")
            return fail("--protocol: '" + *v + "' is not temporal or leave-last-out", 2);
    }
    auto options = recommenderOptions(args);
    if (!options)
        return fail(options.error(), 2);
    o.recommender = *options;
    o.recommender.tieSeed = o.seed;
    o.learnWeights = !args.has("weights");
    auto src = loadRecSource(args);
    if (!src)
        return fail(src.error());
    reportImportIssues(*src, args.has("quiet"));
    std::vector<rec::GroupSpec> groups;
    if (auto v = args.value("fair")) {
        auto parsed = rec::parseFairSpec(*src->data, *v);
        if (!parsed)
            return fail(parsed.error(), 2);
        groups = parsed.takeValue();
    }
    ProgressPrinter printer(args.has("quiet"));
    const auto start = std::chrono::steady_clock::now();
    auto report = rec::evaluate(src->data, o, [&](double f, const std::string &phase) {
        return printer(groups.empty() ? f : 0.8 * f, "evaluating: " + phase);
    });
    if (!report) {
        printer.done();
        return fail(report.error());
    }
    std::optional<rec::ShortlistAudit> audit;
    if (!groups.empty()) {
        rec::RecommenderOptions shipped = o.recommender; // the shortlists use the evaluated blend
        if (report->blend.learned)
            shipped.weights = report->blend.chosen;
        auto r = rec::Recommender::train(src->data, shipped);
        if (!r) {
            printer.done();
            return fail(r.error());
        }
        std::vector<std::int32_t> open;
        for (std::size_t i = 0; i < src->data->internships; ++i)
            if (src->data->available(i, src->referenceTime))
                open.push_back(std::int32_t(i));
        rec::ShortlistOptions so;
        so.groups = groups;
        auto a = rec::auditShortlists(*r, open, so, [&](double f, const std::string &) {
            return printer(0.8 + 0.2 * f, "auditing shortlists");
        });
        if (!a) {
            printer.done();
            return fail(a.error());
        }
        audit = a.takeValue();
    }
    printer.done();
    const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (args.has("json")) {
        const std::string doc = rec::evaluationJson(*report, audit ? &*audit : nullptr, groups);
        std::fputs(doc.c_str(), stdout);
        return audit && audit->infeasible > 0 ? kInfeasibleExit : 0;
    }
    std::printf("Evaluation of %s\n\n", src->description.c_str());
    printRanking(*report);
    printSuccess(*report);
    if (audit) {
        std::printf("\nFair shortlists of %zu open internships (k = 20, FA*IR at each group's "
                    "proportion): every "
                    "table met in %s before, %s after; %zu infeasible; mean NDCG retained %s\n",
                    audit->slates, formatPercent(audit->passBefore).c_str(),
                    formatPercent(audit->passAfter).c_str(), audit->infeasible,
                    formatFixed(audit->meanNdcgRetained, 4).c_str());
        for (const rec::AttributeExposure &e : audit->exposure) {
            std::printf("Exposure per candidate by %s:", e.attribute.c_str());
            for (std::size_t g = 0; g < e.before.size(); ++g)
                std::printf("  %s %.3f -> %.3f", e.before[g].label.c_str(), e.before[g].perMember,
                            e.after[g].perMember);
            std::printf("  (min/max %.2f -> %.2f)\n", e.ratioBefore, e.ratioAfter);
        }
    }
    if (!args.has("quiet"))
        std::fprintf(stderr, "evaluated in %.2f s\n", seconds);
    if (audit && audit->infeasible > 0) {
        std::fflush(stdout); // the error follows the slate it is about
        std::fprintf(stderr,
                     "pmis-gen: error: %zu of %zu slates cannot meet every group's FA*IR table\n",
                     audit->infeasible, audit->slates);
        return kInfeasibleExit;
    }
    return 0;
}

const CommandRegistration evaluateCommand("evaluate",
                                          "evaluate the recommender and the success model",
                                          runEvaluate);

} // namespace
} // namespace pmis::cli
