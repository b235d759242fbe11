<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_US">
<context>
    <name>ColumnDescription</name>
    <message>
        <source>&quot;{domain} Intern&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+91) 0XXXXXXXXX: a leading 0 after +91 is never a subscriber number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 when selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: after the reference date; inactive: before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser user agent, by device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGPA, truncated normal per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of the internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company group (global tech, Indian IT, startups, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name (as in companies.company_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name, unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date: selected +7-59 days, rejected +3-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct skills from the domain&apos;s pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct skills from the stream&apos;s skill categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement (session) identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-office city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry, from the group&apos;s industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests from the same pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly stipend, truncated normal per company group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence about the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence naming the company and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openings, by company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages viewed, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous experience, least to most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile creation time, before the reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation, truncated normal per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural or urban background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected 2-4, rejected 0-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected 4-5, rejected 2-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apply interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generator&apos;s success probability (ground truth; exported on request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offering company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the apply interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on page, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University, from the tier&apos;s pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When; ordered along each engagement&apos;s funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the application was rejected; empty when selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://portfolio.example.org/{id}; empty for students without a portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnUnit</name>
    <message>
        <source>% per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INR per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>%1: no table named %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children per parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit ALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success model metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Companies per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stipend per company group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INR per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation per company group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company groups: sizes and founding years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: founded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: founded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stipend, lowest (INR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stipend, highest (INR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stipend rounded to (INR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions (%1), at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions (%1), at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity and affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity dispersion (gamma shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller values make a few students much more active than the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill overlap weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-city bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stipend weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popularity exponent (Zipf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent (%1), min s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent (%1), max s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views (%1), min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views (%1), max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of applications that succeed, in (0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies every feature weight; 0 makes outcomes pure chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: skill match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: CGPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: same city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias: rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-odds added for rural students; 0 is fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-odds added for this group; 0 is fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles created within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universities per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGPA per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill categories per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill pool per internship domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required skills per internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural / urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous experience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Synthetic datasets of the PM Internship Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario file (.pmis.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the interface language CODE (%1) from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main views to PNG files in DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::ChartWidget</name>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::ChoiceEditor</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::ColumnStatsPanel</name>
    <message>
        <source>Select a column to see its statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type: %2&lt;br&gt;Rows: %3&lt;br&gt;Nulls: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Min: %1&lt;br&gt;Max: %2&lt;br&gt;Mean: %3&lt;br&gt;SD: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Distinct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Top values:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::DataTab</name>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::DatasetTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All five tables as CSV, with the metadata, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata JSON (seed, scenario hash, counts, target vs realized shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One SQLite database (typed tables, primary and foreign keys, indexes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the ground-truth column outcomes.true_probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutralise cells a spreadsheet would run as a formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes enhanced_&lt;table&gt;.csv for the five tables and %1; files already there are replaced only when every file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the rows of the Data tab in the order shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the metadata document alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the five tables and the metadata into one database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The current table as shown: %1, %Ln row(s) (filtered and sorted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::FieldEditor</name>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::FilterBar</name>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cgpa &gt;= 8 and college_tier = &quot;Tier-1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmis::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::KeyedListEditor</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty name; expected a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; expected a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::MainWindow</name>
    <message>
        <source>No dataset yet: press F5 to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset could not be generated:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation cancelled; the previous dataset is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality checks of the generated dataset will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommender preview will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Tables as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;Table as Shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQLite Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the dataset (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PMIS Dataset Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — PMIS Dataset Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario %1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students · %2 internships · %3 interactions · %4 companies · %5 outcomes · seed %6 · %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a dataset first (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PMIS Dataset Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PMIS Dataset Studio %1&lt;/h3&gt;&lt;p&gt;Synthetic datasets of India&apos;s PM Internship Scheme: students, internships, companies, interactions and outcomes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party software&lt;/b&gt;&lt;br&gt;Qt %2 — LGPL-3.0 (The Qt Company)&lt;br&gt;QCustomPlot — GPL-3.0 (Emanuel Eichhammer)&lt;br&gt;nlohmann/json — MIT (Niels Lohmann)&lt;br&gt;SQLite — public domain&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMIS scenarios (*.pmis.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::NormalSpecEditor</name>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share per bin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::NumbersEditor</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::OverviewTab</name>
    <message>
        <source>Generate a dataset (F5) to see its overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students per college tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGPA by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students per home city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 skills: students vs internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stipend distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: view → apply → shortlist → selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural / urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internships requiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INR per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected per application (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::PopulationEditor</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number from 0 to 18446744073709551615; the same seed gives the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a seed; expected a whole number from 0 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reference date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New documents start from preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator threads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::PreviewService</name>
    <message>
        <source>The preview sample could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::RecChart</name>
    <message>
        <source>perfect calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean predicted probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed success rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::RecEmployerPanel</name>
    <message>
        <source>Applicants only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted m-table (fail probability within alpha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair re-ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FA*IR alpha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected share by prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure per candidate by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural / urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit all open internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open internships (audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FA*IR for %1 with minimum share %2: alpha %3, fail probability %4; m-table %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 (the pool holds only %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum-share greedy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints met: %1 before, %2 after. NDCG retained %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure per candidate (1/log2(rank+1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of %L1 open internships: constraints met in %2% of shortlists before, %3% after; mean NDCG retained %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 candidates in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::RecEvaluationPanel</name>
    <message>
        <source>Run evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap resamples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision@K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall@K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDCG@K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP@K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate@K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popularity lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC [95% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average precision [95% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brier skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-loss skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDCG@K against K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of P(success), 10 quantile bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run evaluation to score every method on held-out interactions and outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model (calibrated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model (uncalibrated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 students evaluated by leave-last-out (%L2 training events); success model tested on the newest %L3 applications. %L4 explanations checked: largest error %5, %L6 feature-vector mismatches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test base rate %1% (%L2 successes in %L3). %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::RecStudentPanel</name>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(success)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGPA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 = sum of the contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content (TF-IDF cosine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collaborative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing skills (rarest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine by skill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborative evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(success) %1%: log-odds %2 = base + contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base (training means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. %L3 internships open to this student; %L4 blended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::RecommenderView</name>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blend weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item-kNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit ALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced class weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight successes and failures equally when fitting the success model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: generate or import a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer view &amp;&amp; fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommender cannot use this data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 students, %L2 internships, %L3 interactions, %L4 outcomes. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collaborative score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>popularity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the min-max normalised %1 in the hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the recommender…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::ScenarioEditorDock</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleges &amp;&amp; tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies &amp;&amp; internships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::ShareTableEditor</name>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled: each row drawn independently. Exact: counts match the shares exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mode of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty or already a label; expected a new label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::SuccessPreviewChart</name>
    <message>
        <source>Success probability by group (preview sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean P(success) %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmis::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
