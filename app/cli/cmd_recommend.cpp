// pmis-gen recommend | shortlist: the student view and the employer view of the recommender.
#include "app/cli/commands.h"
#include "app/cli/rec_source.h"
#include "app/cli/scenario_options.h"

#include "core/rec/evaluation.h"
#include "core/rec/rec_json.h"
#include "core/rec/shortlist.h"
#include "core/util/civil_time.h"

#include <cstdio>

namespace pmis::cli {

namespace {

const char *kRecommendHelp
        = R"(usage: pmis-gen recommend (--data DIR | --preset NAME) --student ID [options]

The top K internships for one student from the hybrid recommender (content, collaborative
filtering and the success model), with each score's additive explanation. Inactive, expired
and already-applied internships never appear.

  --student ID           the student, e.g. STU_00042 (or the number, 42)
  -k N                   how many (default 10)
  --json                 one JSON document with every figure
  --quiet                no progress on stderr
%s)";

const char *kShortlistHelp
        = R"(usage: pmis-gen shortlist (--data DIR | --preset NAME) --internship ID [options]

The top K candidates for one internship, before and after fair re-ranking. --fair G=P means
FA*IR's binomial test at proportion P for every group named, alone or together (one m-table
per group); a slate the candidate pool cannot make fair is an error (exit code 3).

  --internship ID        the internship, e.g. INT_00007 (or the number)
  -k N                   slate length (default 20)
  --fair G=P[,G=P...]    protected groups and FA*IR proportions, e.g. rural=0.35,tier3=0.5
                         (groups: the values of rural_urban, college_tier, gender and
                         the columns declared "protected", such as social_group; or
                         attribute:value)
  --alpha A              FA*IR significance (default 0.1)
  --unadjusted           use the unadjusted m-table (its fail probability exceeds alpha)
  --applicants-only      rank only students who applied to the internship
  --json                 one JSON document with every figure
  --quiet                no progress on stderr
%s)";

int parseK(const Arguments &args, int fallback, int &k)
{
    k = fallback;
    if (auto v = args.value("k")) {
        const auto n = parseInteger(*v, 1, 100000);
        if (!n)
            return fail("-k: '" + *v + "' is not a whole number >= 1", 2);
        k = int(*n);
    }
    return 0;
}

// Trains the recommender; without --weights the blend weights are learned first on the newest
// 10% of the applications (docs/recommender.md, "Blend search") and written into `options`.
Result<rec::Recommender> trainFor(const RecSource &src, rec::RecommenderOptions &options,
                                  bool learn, bool quiet)
{
    ProgressPrinter printer(quiet);
    if (learn) {
        auto search = rec::learnBlendWeights(
                src.data, options, 0.1, 10, [&](double f, const std::string &phase) {
                    return printer(0.5 * f, "learning blend weights: " + phase);
                });
        if (search && search->learned) {
            options.weights = search->chosen;
            if (!quiet)
                std::fprintf(
                        stderr,
                        "blend weights learned on the newest 10%% of applications (%zu students): "
                        "content %s, CF %s, P(success) %s\n",
                        search->students, formatFixed(options.weights.content, 1).c_str(),
                        formatFixed(options.weights.cf, 1).c_str(),
                        formatFixed(options.weights.success, 1).c_str());
        } else if (!quiet) {
            std::fprintf(stderr, "note: blend weights not learned (%s); using the fixed ones\n",
                         search ? search->note.c_str() : search.error().c_str());
        }
    }
    auto r = rec::Recommender::train(
            src.data, options, {}, [&](double f, const std::string &phase) {
                return printer(learn ? 0.5 + 0.5 * f : f, "training: " + phase);
            });
    printer.done();
    return r;
}

int runRecommend(const std::vector<std::string> &argv)
{
    Arguments args;
    std::set<std::string> values = kRecValueOptions;
    values.insert({"student", "k"});
    if (auto error = args.parse(argv, values, {"help", "json", "quiet", "balanced"});
        !error.empty())
        return fail(error, 2);
    if (args.has("help")) {
        std::printf(kRecommendHelp, kRecSourceHelp);
        return 0;
    }
    if (!args.positional().empty())
        return fail("unexpected argument '" + args.positional().front() + "' (see --help)", 2);
    if (!args.has("student"))
        return fail("recommend needs --student ID (see --help)", 2);
    int k = 0;
    if (int code = parseK(args, 10, k))
        return code;
    auto options = recommenderOptions(args);
    if (!options)
        return fail(options.error(), 2);
    auto src = loadRecSource(args);
    if (!src)
        return fail(src.error());
    reportImportIssues(*src, args.has("quiet"));
    const std::int32_t student = src->data->findStudent(*args.value("student"));
    if (student < 0)
        return fail("--student: no student '" + *args.value("student") + "' in the data ("
                    + src->description + ")");
    auto r = trainFor(*src, *options, !args.has("weights"), args.has("quiet"));
    if (!r)
        return fail(r.error());
    rec::Eligibility rule;
    rule.referenceTime = src->referenceTime;
    const rec::StudentRecommendations res
            = r->recommend(std::size_t(student), std::size_t(k), rule);
    if (args.has("json")) {
        std::fputs(rec::recommendationsJson(*r, res, options->weights, rule).c_str(), stdout);
        return 0;
    }
    const rec::RecData &d = *src->data;
    const rec::BlendWeights &w = options->weights;
    std::printf("Top %zu internships for %s (%s; reference date %s; %zu eligible, pool %zu)\n",
                res.items.size(), d.studentIds[std::size_t(student)].c_str(),
                src->description.c_str(), formatIsoDate(src->referenceTime).c_str(), res.eligible,
                res.pool);
    std::printf("Score = %.2f content + %.2f CF + %.2f P(success)%s, each min-max normalised over "
                "the pool\n",
                w.content, w.cf, w.success,
                w.popularity > 0 ? (" + " + formatFixed(w.popularity, 2) + " popularity").c_str()
                                 : "");
    std::printf("Success model: %s\n\n", r->success().calibrationNote().c_str());
    std::printf("  #  internship  score  content     CF  success  P(success)  title\n");
    for (std::size_t i = 0; i < res.items.size(); ++i) {
        const rec::Recommendation &x = res.items[i];
        const auto in = std::size_t(x.internship);
        std::printf("%3zu  %-10s  %5.3f    %5.3f  %5.3f    %5.3f  %10s  %s%s%s\n", i + 1,
                    d.internshipIds[in].c_str(), x.score, x.contribution[rec::ContentComponent],
                    x.contribution[rec::CfComponent], x.contribution[rec::SuccessComponent],
                    formatPercent(x.probability).c_str(), d.title[in].c_str(),
                    d.company[in].empty() ? "" : ", ", d.company[in].c_str());
        std::printf("     %s\n", x.reason.c_str());
        if (!x.content.missing.empty()) {
            std::string missing;
            for (std::int32_t t : x.content.missing)
                missing += (missing.empty() ? "" : ", ") + d.vocabulary[std::size_t(t)];
            std::printf("     missing: %s\n", missing.c_str());
        }
        if (!x.content.interests.empty()) {
            std::string interests;
            for (std::int32_t t : x.content.interests)
                interests += (interests.empty() ? "" : ", ") + d.vocabulary[std::size_t(t)];
            std::printf("     listed as interests: %s\n", interests.c_str());
        }
    }
    return 0;
}

std::string groupFlags(const rec::ShortlistResult &s, std::size_t candidate)
{
    std::string out;
    for (std::size_t g = 0; g < s.groups.size(); ++g)
        if (s.membership[g][candidate])
            out += (out.empty() ? "" : ",") + s.groups[g].key;
    return out;
}

int runShortlist(const std::vector<std::string> &argv)
{
    Arguments args;
    std::set<std::string> values = kRecValueOptions;
    values.insert({"internship", "k", "fair", "alpha"});
    if (auto error
        = args.parse(argv, values,
                     {"help", "json", "quiet", "unadjusted", "applicants-only", "balanced"});
        !error.empty())
        return fail(error, 2);
    if (args.has("help")) {
        std::printf(kShortlistHelp, kRecSourceHelp);
        return 0;
    }
    if (!args.positional().empty())
        return fail("unexpected argument '" + args.positional().front() + "' (see --help)", 2);
    if (!args.has("internship"))
        return fail("shortlist needs --internship ID (see --help)", 2);
    int k = 0;
    if (int code = parseK(args, 20, k))
        return code;
    rec::ShortlistOptions so;
    so.k = std::size_t(k);
    so.adjustAlpha = !args.has("unadjusted");
    so.applicantsOnly = args.has("applicants-only");
    if (auto v = args.value("alpha")) {
        const auto a = parseReal(*v);
        if (!a || *a <= 0 || *a >= 1)
            return fail("--alpha: '" + *v + "' is not a number in (0, 1)", 2);
        so.alpha = *a;
    }
    auto options = recommenderOptions(args);
    if (!options)
        return fail(options.error(), 2);
    auto src = loadRecSource(args);
    if (!src)
        return fail(src.error());
    reportImportIssues(*src, args.has("quiet"));
    const rec::RecData &d = *src->data;
    const std::int32_t internship = d.findInternship(*args.value("internship"));
    if (internship < 0)
        return fail("--internship: no internship '" + *args.value("internship") + "' in the data ("
                    + src->description + ")");
    if (auto v = args.value("fair")) {
        auto groups = rec::parseFairSpec(d, *v);
        if (!groups)
            return fail(groups.error(), 2);
        so.groups = groups.takeValue();
    }
    auto r = trainFor(*src, *options, !args.has("weights"), args.has("quiet"));
    if (!r)
        return fail(r.error());
    const rec::ShortlistResult s = rec::shortlist(*r, std::size_t(internship), so);
    if (args.has("json")) {
        std::fputs(rec::shortlistJson(*r, s, so).c_str(), stdout);
        return s.feasible ? 0 : kInfeasibleExit;
    }
    const auto in = std::size_t(internship);
    std::printf("Candidates for %s (%s%s%s; %s), k = %zu, pool %zu\n", d.internshipIds[in].c_str(),
                d.title[in].c_str(), d.company[in].empty() ? "" : ", ", d.company[in].c_str(),
                src->description.c_str(), s.k, s.pool.size());
    for (std::size_t t = 0; t < s.tables.size(); ++t) {
        const rec::GroupSpec &g = s.groups[t];
        const auto &table = s.tables[t];
        std::printf("FA*IR for %s (%s = %s) at proportion %s, alpha %s%s, fail probability %s, %d "
                    "in the pool\n",
                    g.key.c_str(), g.attribute.c_str(), g.label.c_str(),
                    formatFixed(g.share, 2).c_str(), formatFixed(table.alphaUsed, 3).c_str(),
                    so.adjustAlpha ? (" (adjusted from " + formatFixed(so.alpha, 3) + ")").c_str()
                                   : "",
                    formatFixed(table.failProbability, 6).c_str(), table.available);
        std::string m;
        for (int v : table.mTable) {
            if (!m.empty())
                m += ' ';
            m += std::to_string(v);
        }
        std::printf("  m-table: %s%s\n", m.c_str(),
                    table.firstShortfall ? ("  (the re-ranked slate falls short at prefix "
                                            + std::to_string(table.firstShortfall) + ")")
                                                   .c_str()
                                         : "");
    }
    std::printf("\n  #  %-28s  %-28s\n", "before (score, groups)", s.groups.empty() ? "" : "after");
    for (std::size_t i = 0; i < s.k; ++i) {
        const auto &b = s.pool[s.before[i]];
        char left[64], right[64] = "";
        std::snprintf(left, sizeof left, "%s %.3f %s", d.studentIds[std::size_t(b.student)].c_str(),
                      b.score, groupFlags(s, s.before[i]).c_str());
        if (!s.groups.empty() && i < s.after.size()) {
            const auto &a = s.pool[s.after[i]];
            std::snprintf(right, sizeof right, "%s %.3f %s",
                          d.studentIds[std::size_t(a.student)].c_str(), a.score,
                          groupFlags(s, s.after[i]).c_str());
        }
        std::printf("%3zu  %-28s  %-28s\n", i + 1, left, right);
    }
    if (!s.groups.empty()) {
        std::printf("\n");
        for (std::size_t g = 0; g < s.groups.size(); ++g)
            std::printf(
                    "Share of %s in the top %zu: %s before, %s after\n", s.groups[g].key.c_str(),
                    s.k,
                    formatPercent(s.shareBefore[g].empty() ? 0 : s.shareBefore[g].back()).c_str(),
                    formatPercent(s.shareAfter[g].empty() ? 0 : s.shareAfter[g].back()).c_str());
        std::printf("Constraints met: %s before, %s after; NDCG retained %.4f\n",
                    s.beforeSatisfies ? "yes" : "no", s.afterSatisfies ? "yes" : "no",
                    s.ndcgRetained);
    }
    for (const rec::AttributeExposure &e : s.exposure) {
        std::printf("Exposure per candidate by %s:", e.attribute.c_str());
        for (std::size_t g = 0; g < e.before.size(); ++g)
            std::printf("  %s %.3f -> %.3f", e.before[g].label.c_str(), e.before[g].perMember,
                        e.after[g].perMember);
        std::printf("  (min/max %.2f -> %.2f)\n", e.ratioBefore, e.ratioAfter);
    }
    if (!s.feasible) {
        std::fflush(stdout); // the error follows the slate it is about
        std::fprintf(
                stderr,
                "pmis-gen: error: the candidate pool cannot meet every group's FA*IR table; the "
                "re-ranked slate above is not fair (see the prefixes where it falls short)\n");
        return kInfeasibleExit;
    }
    return 0;
}

const CommandRegistration recommendCommand("recommend",
                                           "top-K internships for a student, with explanations",
                                           runRecommend);
const CommandRegistration shortlistCommand(
        "shortlist", "top-K candidates for an internship, with fair re-ranking", runShortlist);

} // namespace
} // namespace pmis::cli
