// Companies, students and internships: each row depends only on (seed, table, column, row).
#include "core/gen/gen_internal.h"
#include "core/util/ascii.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace pmis::gen {
namespace {

std::string slug(std::string_view name)
{
    std::string out;
    for (char c : name) {
        if (isAsciiAlnum(c))
            out += asciiToLower(c);
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

double round(double v, double step)
{
    return std::round(v / step) * step;
}

// The position of each label in `dict` (dict.size() when absent), in linear time for large pools.
std::vector<std::int32_t> stringCodes(const std::vector<std::string> &labels,
                                      const std::vector<std::string> &dict)
{
    std::unordered_map<std::string_view, std::int32_t> index;
    index.reserve(dict.size());
    for (std::size_t i = 0; i < dict.size(); ++i)
        index.emplace(dict[i], std::int32_t(i));
    std::vector<std::int32_t> out;
    out.reserve(labels.size());
    for (const auto &l : labels) {
        const auto it = index.find(l);
        out.push_back(it == index.end() ? std::int32_t(dict.size()) : it->second);
    }
    return out;
}

std::vector<int> toInts(const std::vector<std::int32_t> &codes)
{
    return std::vector<int>(codes.begin(), codes.end());
}

} // namespace

Context::Context(const Scenario &s, int threadCount, ProgressFn progressFn)
    : scenario(s)
    , threads(threadCount)
    , progress(std::move(progressFn))
    , reference(s.referenceSeconds())
    , skills(s.allSkills())
    , cities(s.student.cities.labels())
{
    for (const auto &[size, range] : s.internship.positions)
        sizes.push_back(size);
}

void fillCategory(Column &column, const ShareTable &shares, const RandomStream &stream,
                  std::size_t rows, int threads)
{
    column.dict = shares.labels();
    column.codes = sampleCodes(shares.probabilities(), shares.mode == ShareMode::Exact, rows,
                               stream, threads);
}

void generateCompanies(Context &ctx, Table &t)
{
    const Scenario &sc = ctx.scenario;
    const std::size_t n = sc.companyCount();
    for (std::size_t c = 0; c < sc.companyCategories.size(); ++c) {
        for (const auto &name : sc.companyCategories[c].names) {
            ctx.companyCategory.push_back(int(c));
            ctx.companyNames.push_back(name);
        }
    }
    ctx.companySize.resize(n);
    ctx.companyIndustry.resize(n);
    ctx.sizeColumns(t, n);
    Column &id = t.at("company_id");
    Column &name = t.at("company_name");
    Column &category = t.at("category");
    Column &industry = t.at("industry");
    Column &size = t.at("size");
    Column &location = t.at("location");
    name.dict = name.spec.allowed;
    category.dict = category.spec.allowed;
    industry.dict = industry.spec.allowed;
    size.dict = ctx.sizes;
    fillCategory(location, sc.student.cities, ctx.stream("companies", "location"), n, 1);
    const auto sIndustry = ctx.stream("companies", "industry");
    const auto sSize = ctx.stream("companies", "size");
    const auto sRep = ctx.stream("companies", "reputation_score");
    const auto sGrowth = ctx.stream("companies", "growth_rate");
    const auto sSat = ctx.stream("companies", "employee_satisfaction");
    const auto sFounded = ctx.stream("companies", "founded_year");
    // Per company group: its size law and the size codes of its labels.
    std::vector<AliasTable> sizeTables;
    std::vector<std::vector<std::int32_t>> sizeCodes;
    for (const CompanyCategory &cat : sc.companyCategories) {
        sizeTables.emplace_back(cat.size.probabilities());
        sizeCodes.push_back(stringCodes(cat.size.labels(), ctx.sizes));
    }
    for (std::size_t r = 0; r < n; ++r) {
        const CompanyCategory &cat = sc.companyCategories[std::size_t(ctx.companyCategory[r])];
        id.ints[r] = std::int64_t(r + 1);
        name.codes[r] = std::int32_t(r);
        category.codes[r] = ctx.companyCategory[r];
        const auto &ind = cat.industries[std::size_t(
                sIndustry.integer(r, 0, 0, std::int64_t(cat.industries.size()) - 1))];
        industry.codes[r] = std::int32_t(std::find(industry.dict.begin(), industry.dict.end(), ind)
                                         - industry.dict.begin());
        ctx.companyIndustry[r] = industry.codes[r];
        const auto c = std::size_t(ctx.companyCategory[r]);
        ctx.companySize[r] = sizeCodes[c][std::size_t(sizeTables[c].sample(sSize.bits(r)))];
        size.codes[r] = ctx.companySize[r];
        t.at("reputation_score").reals[r]
                = round(truncatedNormal(sRep, r, 0, cat.reputation.mean, cat.reputation.sd,
                                        cat.reputation.min, cat.reputation.max),
                        0.1);
        t.at("growth_rate").reals[r] = round(-5.0 + 30.0 * sGrowth.uniform(r), 0.1);
        t.at("employee_satisfaction").reals[r] = round(3.0 + 2.0 * sSat.uniform(r), 0.1);
        t.at("founded_year").ints[r] = sFounded.integer(r, 0, cat.founded.min, cat.founded.max);
        const std::string s = slug(ctx.companyNames[r]);
        t.at("website").texts[r] = "https://" + s + ".example.org";
        t.at("linkedin_url").texts[r] = "https://linkedin.example.org/company/" + s;
        t.at("description").texts[r] = ctx.companyNames[r] + " is a " + cat.label + " company in "
                                       + std::string(industry.category(r)) + ", based in "
                                       + std::string(location.category(r)) + ".";
    }
}

void generateStudents(Context &ctx, Table &t)
{
    const Scenario &sc = ctx.scenario;
    const StudentSpec &sp = sc.student;
    const auto n = std::size_t(sc.students);
    const int threads = ctx.threads;
    const auto stream = [&](std::string_view column) { return ctx.stream("students", column); };

    Column &tier = t.at("college_tier");
    fillCategory(tier, sp.tiers, stream("college_tier"), n, threads);
    Column &stream_ = t.at("stream");
    fillCategory(stream_, sp.streams, stream("stream"), n, threads);
    fillCategory(t.at("rural_urban"), sp.ruralUrban, stream("rural_urban"), n, threads);
    Column &city = t.at("location");
    fillCategory(city, sp.cities, stream("location"), n, threads);
    fillCategory(t.at("gender"), sp.gender, stream("gender"), n, threads);
    fillCategory(t.at("previous_experience"), sp.experience, stream("previous_experience"), n,
                 threads);
    Column gradYear;
    gradYear.spec.type = ColumnType::Category;
    fillCategory(gradYear, sp.graduationYear, stream("graduation_year"), n, threads);
    ctx.studentCity = city.codes;

    // Per tier: university codes and the CGPA law. Per stream: the skill pool as skill codes.
    Column &university = t.at("university");
    university.dict = university.spec.allowed;
    std::vector<std::vector<std::int32_t>> tierUniversities;
    std::vector<NormalSpec> tierCgpa;
    for (const auto &label : sp.tiers.labels()) {
        for (const auto &[tierLabel, names] : sp.universities)
            if (tierLabel == label)
                tierUniversities.push_back(stringCodes(names, university.dict));
        for (const auto &[tierLabel, law] : sp.cgpa)
            if (tierLabel == label)
                tierCgpa.push_back(law);
    }
    std::vector<std::vector<int>> streamPools;
    for (const auto &label : sp.streams.labels()) {
        std::vector<int> pool;
        for (const auto &[streamLabel, cats] : sp.streamCategories) {
            if (streamLabel != label)
                continue;
            for (const auto &cat : cats)
                for (const auto &[catLabel, skills] : sc.skillCategories)
                    if (catLabel == cat)
                        for (const auto &code : stringCodes(skills, ctx.skills))
                            pool.push_back(code);
        }
        streamPools.push_back(std::move(pool));
    }

    ctx.sizeColumns(t, n);
    Column &portfolio = t.at("portfolio_url");
    portfolio.nulls.assign(n, 0);

    // Skill lists: sizes first (prefix sums give each row its slot), then contents in parallel.
    Column &skills = t.at("skills");
    Column &interests = t.at("interests");
    skills.dict = interests.dict = ctx.skills;
    const auto sSkillCount = stream("skills_count");
    const auto sInterestCount = stream("interests_count");
    skills.offsets.assign(n + 1, 0);
    interests.offsets.assign(n + 1, 0);
    ctx.rows(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t r = begin; r < end; ++r) {
            skills.offsets[r + 1] = std::uint32_t(
                    sSkillCount.integer(r, 0, sp.skillsPerStudent.min, sp.skillsPerStudent.max));
            interests.offsets[r + 1] = std::uint32_t(sInterestCount.integer(
                    r, 0, sp.interestsPerStudent.min, sp.interestsPerStudent.max));
        }
    });
    for (std::size_t r = 0; r < n; ++r) { // counts to offsets
        skills.offsets[r + 1] += skills.offsets[r];
        interests.offsets[r + 1] += interests.offsets[r];
    }
    skills.codes.resize(skills.offsets[n]);
    interests.codes.resize(interests.offsets[n]);
    ctx.studentSkills.assign(n, SkillMask{0, 0});
    ctx.studentCreated.assign(n, 0);

    const std::int64_t ref = ctx.reference;
    const std::int64_t window = sp.createdWithinDays * kSecondsPerDayGen;
    const auto sUniversity = stream("university");
    const auto sCgpa = stream("cgpa");
    const auto sSkills = stream("skills");
    const auto sInterests = stream("interests");
    const auto sCreated = stream("created_at");
    const auto sPortfolio = stream("portfolio_url");
    const auto sPhone = stream("phone");
    Column &id = t.at("student_id");
    Column &cgpa = t.at("cgpa");
    Column &grad = t.at("graduation_year");
    Column &created = t.at("created_at");
    Column &linkedin = t.at("linkedin_url");
    Column &github = t.at("github_url");
    Column &phone = t.at("phone");
    Column &email = t.at("email");
    std::vector<std::int64_t> yearOf;
    for (const auto &label : gradYear.dict)
        yearOf.push_back(std::stoll(label));

    ctx.checkpoint(0.05, "students");
    ctx.rows(
            n,
            [&](std::size_t begin, std::size_t end) {
                std::vector<int> picks;
                for (std::size_t r = begin; r < end; ++r) {
                    id.ints[r] = std::int64_t(r + 1);
                    const auto tr = std::size_t(tier.codes[r]);
                    const auto &unis = tierUniversities[tr];
                    university.codes[r] = unis[std::size_t(
                            sUniversity.integer(r, 0, 0, std::int64_t(unis.size()) - 1))];
                    const NormalSpec &law = tierCgpa[tr];
                    cgpa.reals[r] = std::round(truncatedNormal(sCgpa, r, 0, law.mean, law.sd,
                                                               law.min, law.max)
                                               * 100.0)
                                    / 100.0;
                    grad.ints[r] = yearOf[std::size_t(gradYear.codes[r])];
                    const auto &pool = streamPools[std::size_t(stream_.codes[r])];
                    const int nSkills = int(skills.offsets[r + 1] - skills.offsets[r]);
                    sampleDistinct(sSkills, r, 0, int(pool.size()), nSkills, picks);
                    for (int i = 0; i < nSkills; ++i) {
                        const int code = pool[std::size_t(picks[std::size_t(i)])];
                        skills.codes[skills.offsets[r] + std::uint32_t(i)] = code;
                        setSkill(ctx.studentSkills[r], code);
                    }
                    const int nInterests = int(interests.offsets[r + 1] - interests.offsets[r]);
                    sampleDistinct(sInterests, r, 0, int(pool.size()), nInterests, picks);
                    for (int i = 0; i < nInterests; ++i)
                        interests.codes[interests.offsets[r] + std::uint32_t(i)]
                                = pool[std::size_t(picks[std::size_t(i)])];
                    // At least kMinimumAgeDays old, so the student has time to apply before decisions are due.
                    created.ints[r]
                            = ref
                              - sCreated.integer(r, 0, kMinimumAgeDays * kSecondsPerDayGen, window);
                    ctx.studentCreated[r] = created.ints[r];
                    const std::string handle = id.text(r);
                    const std::string lower = asciiLower(handle);
                    linkedin.texts[r] = "https://linkedin.example.org/in/" + lower;
                    github.texts[r] = "https://github.example.org/" + lower;
                    if (sPortfolio.uniform(r) < 0.4)
                        portfolio.texts[r] = "https://portfolio.example.org/" + lower;
                    else
                        portfolio.nulls[r] = 1;
                    phone.texts[r] = "(+91) 0"
                                     + std::to_string(sPhone.integer(r, 0, 100000000, 999999999));
                    email.texts[r] = lower + "@example.org";
                }
            },
            0.05, 0.25, "students");
}

void generateInternships(Context &ctx, Table &t)
{
    const Scenario &sc = ctx.scenario;
    const InternshipSpec &sp = sc.internship;
    const auto n = std::size_t(sc.internships);
    const int threads = ctx.threads;
    const auto stream = [&](std::string_view column) { return ctx.stream("internships", column); };
    const std::size_t nCompanies = ctx.companyNames.size();

    // Every company offers internships: exact equal shares in a seeded order.
    const auto companyOf = sampleCodes(std::vector<double>(nCompanies, 1.0), true, n,
                                       stream("company_id"), threads);
    Column &domain = t.at("domain");
    fillCategory(domain, sp.domains, stream("domain"), n, threads);
    Column &city = t.at("location");
    fillCategory(city, sc.student.cities, stream("location"), n, threads);
    fillCategory(t.at("remote_work"), sp.remoteWork, stream("remote_work"), n, threads);
    fillCategory(t.at("experience_level"), sp.experienceLevel, stream("experience_level"), n,
                 threads);
    Column duration;
    duration.spec.type = ColumnType::Category;
    fillCategory(duration, sp.durationMonths, stream("duration"), n, threads);
    ctx.internshipCity = city.codes;

    ctx.sizeColumns(t, n);
    Column &company = t.at("company");
    Column &title = t.at("title");
    Column &size = t.at("company_size");
    Column &industry = t.at("industry");
    company.dict = company.spec.allowed;
    title.dict = title.spec.allowed;
    size.dict = ctx.sizes;
    industry.dict = industry.spec.allowed;

    std::vector<std::vector<int>> domainPools;
    for (const auto &label : sp.domains.labels())
        for (const auto &[d, skills] : sp.domainSkills)
            if (d == label)
                domainPools.push_back(toInts(stringCodes(skills, ctx.skills)));

    Column &req = t.at("required_skills");
    req.dict = ctx.skills;
    req.offsets.assign(n + 1, 0);
    const auto sReqCount = stream("required_skills_count");
    for (std::size_t r = 0; r < n; ++r)
        req.offsets[r + 1] = req.offsets[r]
                             + std::uint32_t(sReqCount.integer(r, 0, sp.requiredSkills.min,
                                                               sp.requiredSkills.max));
    req.codes.resize(req.offsets[n]);
    ctx.internshipSkills.assign(n, SkillMask{0, 0});
    ctx.internshipCreated.resize(n);
    ctx.internshipDeadline.resize(n);
    ctx.internshipPositions.resize(n);

    std::vector<std::int64_t> durationMonths;
    for (const auto &label : duration.dict)
        durationMonths.push_back(std::stoll(label));

    const std::int64_t ref = ctx.reference;
    const auto sReq = stream("required_skills");
    const auto sStipend = stream("stipend");
    const auto sPositions = stream("positions_available");
    const auto sCreated = stream("created_at");
    const auto sActive = stream("is_active");
    const auto sDeadline = stream("application_deadline");
    Column &id = t.at("internship_id");
    Column &companyId = t.at("company_id");
    Column &description = t.at("description");
    Column &stipend = t.at("stipend");
    Column &months = t.at("duration");
    Column &positions = t.at("positions_available");
    Column &deadline = t.at("application_deadline");
    Column &created = t.at("created_at");
    Column &active = t.at("is_active");
    constexpr std::int64_t day = kSecondsPerDayGen;

    ctx.rows(n, [&](std::size_t begin, std::size_t end) {
        std::vector<int> picks;
        for (std::size_t r = begin; r < end; ++r) {
            const auto c = std::size_t(companyOf[r]);
            const CompanyCategory &cat = sc.companyCategories[std::size_t(ctx.companyCategory[c])];
            id.ints[r] = std::int64_t(r + 1);
            companyId.ints[r] = std::int64_t(c + 1);
            company.codes[r] = std::int32_t(c);
            title.codes[r] = domain.codes[r];
            size.codes[r] = ctx.companySize[c];
            industry.codes[r] = ctx.companyIndustry[c]; // same value set as companies.industry
            const auto &pool = domainPools[std::size_t(domain.codes[r])];
            const int nReq = int(req.offsets[r + 1] - req.offsets[r]);
            sampleDistinct(sReq, r, 0, int(pool.size()), nReq, picks);
            for (int i = 0; i < nReq; ++i) {
                const int code = pool[std::size_t(picks[std::size_t(i)])];
                req.codes[req.offsets[r] + std::uint32_t(i)] = code;
                setSkill(ctx.internshipSkills[r], code);
            }
            description.texts[r] = ctx.companyNames[c] + " offers a "
                                   + std::string(domain.category(r)) + " internship in "
                                   + std::string(city.category(r)) + ".";
            const double lo = std::max(cat.stipend.min, sp.stipendMin);
            const double hi = std::min(cat.stipend.max, sp.stipendMax);
            // A flat stipend (the scheme's) takes no draw.
            double pay = lo >= hi ? lo
                                  : round(truncatedNormal(sStipend, r, 0, cat.stipend.mean,
                                                          cat.stipend.sd, lo, hi),
                                          sp.stipendRound);
            pay = std::clamp(pay, std::ceil(lo / sp.stipendRound) * sp.stipendRound,
                             std::floor(hi / sp.stipendRound) * sp.stipendRound);
            stipend.ints[r] = std::int64_t(pay);
            months.ints[r] = durationMonths[std::size_t(duration.codes[r])];
            IntRange range{1, 1};
            for (const auto &[label, rr] : sp.positions)
                if (label == ctx.sizes[std::size_t(ctx.companySize[c])])
                    range = rr;
            positions.ints[r] = sPositions.integer(r, 0, range.min, range.max);
            ctx.internshipPositions[r] = positions.ints[r];
            // Posted at least kMinimumAgeDays before the reference date so interactions fit after it.
            created.ints[r]
                    = ref
                      - sCreated.integer(r, 0, kMinimumAgeDays * day, sp.createdWithinDays * day);
            ctx.internshipCreated[r] = created.ints[r];
            const bool isActive = sActive.uniform(r) < sp.activeShare;
            active.ints[r] = isActive ? 1 : 0;
            const std::int64_t refDay = ref / day;
            const std::int64_t createdDay = created.ints[r] / day;
            deadline.ints[r]
                    = day
                      * (isActive ? refDay + sDeadline.integer(r, 0, 1, sp.deadlineWithinDays)
                                  : sDeadline.integer(r, 0, createdDay + 1,
                                                      std::max(createdDay + 1, refDay - 1)));
            ctx.internshipDeadline[r] = deadline.ints[r];
        }
    });

    // Standardised log stipend, summed in row order so the result is independent of threads.
    double mean = 0, sq = 0;
    for (std::size_t r = 0; r < n; ++r)
        mean += std::log(double(stipend.ints[r]));
    mean /= double(n);
    for (std::size_t r = 0; r < n; ++r)
        sq += std::pow(std::log(double(stipend.ints[r])) - mean, 2);
    const double sd = std::sqrt(sq / double(n));
    ctx.internshipStipendZ.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        ctx.internshipStipendZ[r] = sd > 0 ? (std::log(double(stipend.ints[r])) - mean) / sd : 0.0;
}

} // namespace pmis::gen
