<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_US">
<context>
    <name>ColumnDescription</name>
    <message>
        <source>&quot;{domain} Intern&quot;</source>
        <translation>&quot;{domain} Intern&quot; (क्षेत्र के नाम के साथ)</translation>
    </message>
    <message>
        <source>(+91) 0XXXXXXXXX: a leading 0 after +91 is never a subscriber number</source>
        <translation>(+91) 0XXXXXXXXX: +91 के बाद आरंभिक 0 कभी किसी ग्राहक का नंबर नहीं होता</translation>
    </message>
    <message>
        <source>1 when selected</source>
        <translation>चयन होने पर 1</translation>
    </message>
    <message>
        <source>Active: after the reference date; inactive: before it</source>
        <translation>सक्रिय: संदर्भ तिथि के बाद; निष्क्रिय: उससे पहले</translation>
    </message>
    <message>
        <source>Annual growth</source>
        <translation>वार्षिक वृद्धि</translation>
    </message>
    <message>
        <source>Browser user agent, by device</source>
        <translation>ब्राउज़र की पहचान (user agent), उपकरण के अनुसार</translation>
    </message>
    <message>
        <source>CGPA, truncated normal per tier</source>
        <translation>CGPA, प्रत्येक श्रेणी के लिए कटा हुआ प्रसामान्य बंटन</translation>
    </message>
    <message>
        <source>City of the internship</source>
        <translation>इंटर्नशिप का शहर</translation>
    </message>
    <message>
        <source>College tier</source>
        <translation>कॉलेज श्रेणी</translation>
    </message>
    <message>
        <source>Company group (global tech, Indian IT, startups, ...)</source>
        <translation>कंपनी समूह (वैश्विक टेक, भारतीय आईटी, स्टार्टअप, ...)</translation>
    </message>
    <message>
        <source>Company identifier</source>
        <translation>कंपनी ID</translation>
    </message>
    <message>
        <source>Company name (as in companies.company_name)</source>
        <translation>कंपनी का नाम (companies.company_name के अनुसार)</translation>
    </message>
    <message>
        <source>Company name, unique</source>
        <translation>कंपनी का नाम, अद्वितीय</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>कंपनी का आकार</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Decision date: selected +7-59 days, rejected +3-29</source>
        <translation>निर्णय की तिथि: चयनित +7-59 दिन, अस्वीकृत +3-29 दिन</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <source>Distinct skills from the domain&apos;s pool</source>
        <translation>क्षेत्र के कौशल-भंडार से भिन्न-भिन्न कौशल</translation>
    </message>
    <message>
        <source>Distinct skills from the stream&apos;s skill categories</source>
        <translation>अध्ययन-धारा की कौशल श्रेणियों से भिन्न-भिन्न कौशल</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Employee satisfaction</source>
        <translation>कर्मचारी संतुष्टि</translation>
    </message>
    <message>
        <source>Engagement (session) identifier</source>
        <translation>सहभागिता (सत्र) ID</translation>
    </message>
    <message>
        <source>Experience sought</source>
        <translation>अपेक्षित अनुभव</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>अध्ययन का क्षेत्र</translation>
    </message>
    <message>
        <source>From the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24</source>
        <translation>दस्तावेज़ीकरण हेतु आरक्षित श्रेणियों 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 से</translation>
    </message>
    <message>
        <source>Funnel step</source>
        <translation>कीप का चरण</translation>
    </message>
    <message>
        <source>Funnel step; shortlist and reject are the employer&apos;s closing step of an application, recorded after its outcome was decided</source>
        <translation>कीप का चरण; shortlist और reject किसी आवेदन पर नियोक्ता का अंतिम चरण हैं, जो उसका परिणाम तय होने के बाद दर्ज होता है</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation>स्नातक होने का वर्ष</translation>
    </message>
    <message>
        <source>Head-office city</source>
        <translation>मुख्यालय का शहर</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>गृह नगर</translation>
    </message>
    <message>
        <source>Industry, from the group&apos;s industries</source>
        <translation>उद्योग, समूह के उद्योगों में से</translation>
    </message>
    <message>
        <source>Interaction identifier</source>
        <translation>अंतःक्रिया ID</translation>
    </message>
    <message>
        <source>Interests from the same pool</source>
        <translation>उसी भंडार से रुचियाँ</translation>
    </message>
    <message>
        <source>Internship identifier</source>
        <translation>इंटर्नशिप ID</translation>
    </message>
    <message>
        <source>Monthly stipend, truncated normal per company group</source>
        <translation>मासिक वज़ीफ़ा, प्रत्येक कंपनी समूह के लिए कटा हुआ प्रसामान्य बंटन</translation>
    </message>
    <message>
        <source>One sentence about the company</source>
        <translation>कंपनी के बारे में एक वाक्य</translation>
    </message>
    <message>
        <source>One sentence naming the company and domain</source>
        <translation>कंपनी और क्षेत्र का नाम लेता एक वाक्य</translation>
    </message>
    <message>
        <source>Open for applications</source>
        <translation>आवेदन के लिए खुला</translation>
    </message>
    <message>
        <source>Openings, by company size</source>
        <translation>रिक्तियाँ, कंपनी के आकार के अनुसार</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Outcome identifier</source>
        <translation>परिणाम ID</translation>
    </message>
    <message>
        <source>Pages viewed, by type</source>
        <translation>देखे गए पृष्ठ, प्रकार के अनुसार</translation>
    </message>
    <message>
        <source>Posting time</source>
        <translation>प्रकाशन का समय</translation>
    </message>
    <message>
        <source>Previous experience, least to most</source>
        <translation>पूर्व अनुभव, सबसे कम से सबसे अधिक</translation>
    </message>
    <message>
        <source>Profile creation time, before the reference date</source>
        <translation>प्रोफ़ाइल बनने का समय, संदर्भ तिथि से पहले</translation>
    </message>
    <message>
        <source>Remote mode</source>
        <translation>दूरस्थ कार्य का प्रकार</translation>
    </message>
    <message>
        <source>Reputation, truncated normal per group</source>
        <translation>प्रतिष्ठा, प्रत्येक समूह के लिए कटा हुआ प्रसामान्य बंटन</translation>
    </message>
    <message>
        <source>Rural or urban background</source>
        <translation>ग्रामीण या शहरी पृष्ठभूमि</translation>
    </message>
    <message>
        <source>Selected 2-4, rejected 0-2</source>
        <translation>चयनित 2-4, अस्वीकृत 0-2</translation>
    </message>
    <message>
        <source>Selected 4-5, rejected 2-4</source>
        <translation>चयनित 4-5, अस्वीकृत 2-4</translation>
    </message>
    <message>
        <source>Student identifier</source>
        <translation>छात्र ID</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>The apply interaction</source>
        <translation>आवेदन वाली अंतःक्रिया</translation>
    </message>
    <message>
        <source>The company&apos;s industry</source>
        <translation>कंपनी का उद्योग</translation>
    </message>
    <message>
        <source>The company&apos;s size</source>
        <translation>कंपनी का आकार</translation>
    </message>
    <message>
        <source>The generator&apos;s success probability (ground truth at full precision; exported on request)</source>
        <translation>डेटा बनाते समय प्रयुक्त सफलता प्रायिकता (पूर्ण परिशुद्धता वाला वास्तविक मान; माँगने पर ही निर्यात)</translation>
    </message>
    <message>
        <source>The internship</source>
        <translation>इंटर्नशिप</translation>
    </message>
    <message>
        <source>The offering company</source>
        <translation>इंटर्नशिप देने वाली कंपनी</translation>
    </message>
    <message>
        <source>The student</source>
        <translation>छात्र</translation>
    </message>
    <message>
        <source>Time of the apply interaction</source>
        <translation>आवेदन वाली अंतःक्रिया का समय</translation>
    </message>
    <message>
        <source>Time on page, by type</source>
        <translation>पृष्ठ पर बिताया समय, प्रकार के अनुसार</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>आगंतुकों का स्रोत</translation>
    </message>
    <message>
        <source>University, from the tier&apos;s pool</source>
        <translation>विश्वविद्यालय, श्रेणी के भंडार से</translation>
    </message>
    <message>
        <source>When; ordered along each engagement&apos;s funnel</source>
        <translation>कब; प्रत्येक सहभागिता की कीप के क्रम में</translation>
    </message>
    <message>
        <source>Why the application was rejected; empty when selected</source>
        <translation>आवेदन अस्वीकार होने का कारण; चयन होने पर रिक्त</translation>
    </message>
    <message>
        <source>Work domain</source>
        <translation>कार्य क्षेत्र</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>स्थापना वर्ष</translation>
    </message>
    <message>
        <source>https://portfolio.example.org/{id}; empty for students without a portfolio</source>
        <translation>https://portfolio.example.org/{id}; बिना पोर्टफ़ोलियो वाले छात्रों के लिए रिक्त</translation>
    </message>
</context>
<context>
    <name>ColumnUnit</name>
    <message>
        <source>% per year</source>
        <translation>% प्रति वर्ष</translation>
    </message>
    <message>
        <source>INR per month</source>
        <translation>रुपये प्रति माह</translation>
    </message>
    <message>
        <source>date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>months</source>
        <translation>महीने</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>प्रायिकता</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>दौर</translation>
    </message>
    <message>
        <source>score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>समय-मुहर</translation>
    </message>
    <message>
        <source>year</source>
        <translation>वर्ष</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>%1: no table named %2</source>
        <translation>%1: %2 नाम की कोई तालिका नहीं है</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: फ़ोल्डर नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <source>%1: no export format named %2</source>
        <translation>%1: %2 नाम का कोई निर्यात प्रारूप नहीं है</translation>
    </message>
    <message>
        <source>%1: the format %2 cannot write one table</source>
        <translation>%1: प्रारूप %2 एक तालिका नहीं लिख सकता</translation>
    </message>
    <message>
        <source>%1: the format %2 writes every table only</source>
        <translation>%1: प्रारूप %2 केवल सभी तालिकाएँ एक साथ लिखता है</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>companies</source>
        <translation>कंपनियाँ</translation>
    </message>
    <message>
        <source>students</source>
        <translation>छात्र</translation>
    </message>
    <message>
        <source>internships</source>
        <translation>इंटर्नशिप</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>अंतःक्रियाएँ</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>row counts</source>
        <translation>पंक्तियों की गिनती</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>पूर्णता</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>ranges</source>
        <translation>सीमाएँ</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>हिस्से</translation>
    </message>
    <message>
        <source>distributions</source>
        <translation>बंटन</translation>
    </message>
    <message>
        <source>range bounds</source>
        <translation>सीमा के छोर</translation>
    </message>
    <message>
        <source>children per parent</source>
        <translation>प्रति जनक संतानें</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>contact data</source>
        <translation>संपर्क जानकारी</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>अंतिम तिथियाँ</translation>
    </message>
    <message>
        <source>consistency</source>
        <translation>संगति</translation>
    </message>
    <message>
        <source>success by group</source>
        <translation>समूह के अनुसार सफलता</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>प्रतिक्रिया</translation>
    </message>
    <message>
        <source>item neighbourhoods</source>
        <translation>मदों के पड़ोस</translation>
    </message>
    <message>
        <source>implicit ALS</source>
        <translation>अप्रत्यक्ष ALS</translation>
    </message>
    <message>
        <source>success model</source>
        <translation>सफलता मॉडल</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>प्रशिक्षित</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>क्रम-निर्धारण</translation>
    </message>
    <message>
        <source>success model metrics</source>
        <translation>सफलता मॉडल के माप</translation>
    </message>
    <message>
        <source>shortlists</source>
        <translation>संक्षिप्त सूचियाँ</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 लिखी जा रही है</translation>
    </message>
    <message>
        <source>indexing %1</source>
        <translation>%1 का सूचकांक बन रहा है</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>तुलना हो रही है</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>comparing with the baseline</source>
        <translation>आधार से तुलना हो रही है</translation>
    </message>
    <message>
        <source>laying out the report</source>
        <translation>रिपोर्ट के पृष्ठ बन रहे हैं</translation>
    </message>
    <message>
        <source>written</source>
        <translation>लिखी गई</translation>
    </message>
    <message>
        <source>published figures</source>
        <translation>प्रकाशित आँकड़े</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>सब चुनें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>एक कदम ऊपर(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>एक कदम नीचे(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ठीक है(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>सहेजे बिना बंद करें</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>प्रतिलिपि बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>मूल मान पुनर्स्थापित करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>प्रतिलिपि बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक के पते की प्रतिलिपि बनाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QualityReason</name>
    <message>
        <source>%1 of %2 %3 break the rule: %4 (first: %5).</source>
        <translation>%2 में से %1 %3 नियम तोड़ते हैं: %4 (पहला: %5)।</translation>
    </message>
    <message>
        <source>All %1 %2 follow the rule: %3.</source>
        <translation>सभी %1 %2 नियम का पालन करते हैं: %3।</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>अंतःक्रियाएँ</translation>
    </message>
    <message>
        <source>an interaction comes after the %1 it involves was created (%2.created_at)</source>
        <translation>अंतःक्रिया उससे जुड़ी %1 बनने (%2.created_at) के बाद होती है</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>an application is made on or before the internship&apos;s application_deadline</source>
        <translation>आवेदन इंटर्नशिप की application_deadline को या उससे पहले किया जाता है</translation>
    </message>
    <message>
        <source>an apply follows a view of the same internship by the same student in its session</source>
        <translation>आवेदन से पहले उसी सत्र में वही छात्र वही इंटर्नशिप देखता है</translation>
    </message>
    <message>
        <source>closing steps</source>
        <translation>समापन चरण</translation>
    </message>
    <message>
        <source>a shortlist or reject follows the apply it closes in its session</source>
        <translation>शॉर्टलिस्ट या अस्वीकृति उसी सत्र में उस आवेदन के बाद आती है जिसे वह बंद करती है</translation>
    </message>
    <message>
        <source>engagements with a closing step</source>
        <translation>समापन चरण वाले जुड़ाव</translation>
    </message>
    <message>
        <source>an engagement (a session&apos;s rows for one student and internship) has at most one closing step</source>
        <translation>एक जुड़ाव (एक छात्र और एक इंटर्नशिप के लिए सत्र की पंक्तियाँ) में अधिकतम एक समापन चरण होता है</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>an outcome decides an apply interaction</source>
        <translation>परिणाम किसी आवेदन अंतःक्रिया का निर्णय करता है</translation>
    </message>
    <message>
        <source>each apply has exactly one outcome</source>
        <translation>हर आवेदन का ठीक एक परिणाम होता है</translation>
    </message>
    <message>
        <source>the decision (selection_date) comes after the application and after its closing step</source>
        <translation>निर्णय (selection_date) आवेदन और उसके समापन चरण के बाद आता है</translation>
    </message>
    <message>
        <source>a selected application&apos;s engagement ends in shortlist, and one ending in reject is not selected</source>
        <translation>चयनित आवेदन का जुड़ाव शॉर्टलिस्ट पर समाप्त होता है, और अस्वीकृति पर समाप्त होने वाला चयनित नहीं होता</translation>
    </message>
    <message>
        <source>internships</source>
        <translation>इंटर्नशिप</translation>
    </message>
    <message>
        <source>an internship selects no more applicants than its positions_available</source>
        <translation>इंटर्नशिप अपने positions_available से अधिक आवेदक नहीं चुनती</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 पंक्तियाँ</translation>
    </message>
    <message>
        <source>%1 is on or before the reference date (%2)</source>
        <translation>%1 संदर्भ तिथि (%2) को या उससे पहले है</translation>
    </message>
    <message>
        <source>largest gap: &apos;%1&apos; %2 realized vs %3 target</source>
        <translation>सबसे बड़ा अंतर: &apos;%1&apos; वास्तविक %2, लक्ष्य %3</translation>
    </message>
    <message>
        <source>%1 = %2 %3</source>
        <translation>%1 = %2 %3</translation>
    </message>
    <message>
        <source>the 99% sampling band (&gt;= %1)</source>
        <translation>99% नमूना-सीमा (&gt;= %1)</translation>
    </message>
    <message>
        <source>%1: exact shares, off by rounding at most (&gt;= %2).</source>
        <translation>%1: सटीक हिस्से, अधिकतम पूर्णांकन जितना अंतर (&gt;= %2)।</translation>
    </message>
    <message>
        <source>%1: exact shares should match up to rounding (&gt;= %2); %3. The generator did not honour the exact mode.</source>
        <translation>%1: सटीक हिस्से पूर्णांकन तक मेल खाने चाहिए (&gt;= %2); %3। जनरेटर ने सटीक मोड का पालन नहीं किया।</translation>
    </message>
    <message>
        <source>%1, inside %2.</source>
        <translation>%1, %2 के भीतर।</translation>
    </message>
    <message>
        <source>%1, just outside %2; %3. Sampling does this about once in 100 checks: try another seed, or exact shares.</source>
        <translation>%1, %2 से थोड़ा बाहर; %3। नमूनाकरण से ऐसा लगभग 100 जाँचों में एक बार होता है: दूसरा बीज या सटीक हिस्से आज़माएँ।</translation>
    </message>
    <message>
        <source>%1, far outside %2; %3. The values do not follow the target.</source>
        <translation>%1, %2 से बहुत बाहर; %3। मान लक्ष्य का पालन नहीं करते।</translation>
    </message>
    <message>
        <source>No values to compare with the target.</source>
        <translation>लक्ष्य से तुलना के लिए कोई मान नहीं।</translation>
    </message>
    <message>
        <source>No values for %1 to compare with the target.</source>
        <translation>लक्ष्य से तुलना के लिए %1 के कोई मान नहीं।</translation>
    </message>
    <message>
        <source>over %1 values</source>
        <translation>%1 मानों पर</translation>
    </message>
    <message>
        <source>over %1 values of %2</source>
        <translation>%2 के %1 मानों पर</translation>
    </message>
    <message>
        <source>the target law does not describe them</source>
        <translation>लक्ष्य वितरण उनका वर्णन नहीं करता</translation>
    </message>
    <message>
        <source>The column is missing, so its shares cannot be compared with the target.</source>
        <translation>स्तंभ मौजूद नहीं है, इसलिए उसके हिस्सों की लक्ष्य से तुलना नहीं हो सकती।</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>सत्र</translation>
    </message>
    <message>
        <source>rows in %1 sessions</source>
        <translation>%1 सत्रों की पंक्तियाँ</translation>
    </message>
    <message>
        <source>%1; %2 hold values outside the target&apos;s labels</source>
        <translation>%1; %2 में लक्ष्य के लेबलों से बाहर के मान हैं</translation>
    </message>
    <message>
        <source>over %1 %2 (exact mode)</source>
        <translation>%1 %2 पर (सटीक मोड)</translation>
    </message>
    <message>
        <source>over %1 %2</source>
        <translation>%1 %2 पर</translation>
    </message>
    <message>
        <source>%1 of the values (%2) sit exactly at the lowest value %3, the declared minimum, against about %4% per step next to it</source>
        <translation>%1 मान (%2) ठीक सबसे छोटे मान %3 पर हैं, जो घोषित न्यूनतम है, जबकि उसके पास प्रति चरण लगभग %4% हैं</translation>
    </message>
    <message>
        <source>%1 of the values (%2) sit exactly at the highest value %3, the declared maximum, against about %4% per step next to it</source>
        <translation>%1 मान (%2) ठीक सबसे बड़े मान %3 पर हैं, जो घोषित अधिकतम है, जबकि उसके पास प्रति चरण लगभग %4% हैं</translation>
    </message>
    <message>
        <source>%1 of the values (%2) sit exactly at the lowest value %3, against about %4% per step next to it</source>
        <translation>%1 मान (%2) ठीक सबसे छोटे मान %3 पर हैं, जबकि उसके पास प्रति चरण लगभग %4% हैं</translation>
    </message>
    <message>
        <source>%1 of the values (%2) sit exactly at the highest value %3, against about %4% per step next to it</source>
        <translation>%1 मान (%2) ठीक सबसे बड़े मान %3 पर हैं, जबकि उसके पास प्रति चरण लगभग %4% हैं</translation>
    </message>
    <message>
        <source>No value piles up at the lowest or highest value.</source>
        <translation>सबसे छोटे या सबसे बड़े मान पर कोई मान इकट्ठा नहीं होता।</translation>
    </message>
    <message>
        <source>%1: values outside the range were probably clipped to it. Draw inside the range (truncate and resample) instead of clipping.</source>
        <translation>%1: सीमा से बाहर के मान शायद सीमा पर काट दिए गए। काटने के बजाय सीमा के भीतर से निकालें (ट्रंकेट करके फिर से नमूना लें)।</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (bias %4)</source>
        <translation>%1 %3 में से %2 (पूर्वाग्रह %4)</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %3 में से %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>No scenario: the bias terms that made the data are not known.</source>
        <translation>कोई परिदृश्य नहीं: डेटा बनाने वाले पूर्वाग्रह पद ज्ञात नहीं हैं।</translation>
    </message>
    <message>
        <source>The scenario sets bias terms for this attribute; the gap also includes what CGPA, skills and city contribute.</source>
        <translation>परिदृश्य इस गुण के लिए पूर्वाग्रह पद तय करता है; अंतर में CGPA, कौशल और शहर का योगदान भी शामिल है।</translation>
    </message>
    <message>
        <source>Every bias term for this attribute is zero: the gap comes from features that differ by group (CGPA and skills are drawn per tier), not from a bias term.</source>
        <translation>इस गुण का हर पूर्वाग्रह पद शून्य है: अंतर समूह के अनुसार बदलने वाली विशेषताओं से आता है (CGPA और कौशल हर श्रेणी के लिए अलग निकाले जाते हैं), किसी पूर्वाग्रह पद से नहीं।</translation>
    </message>
    <message>
        <source>Success by %1: %2. Overall %3. %4</source>
        <translation>%1 के अनुसार सफलता: %2। कुल %3। %4</translation>
    </message>
    <message>
        <source>one outcome per apply interaction</source>
        <translation>हर आवेदन अंतःक्रिया का एक परिणाम</translation>
    </message>
    <message>
        <source>the scenario&apos;s count</source>
        <translation>परिदृश्य की संख्या</translation>
    </message>
    <message>
        <source>%1 rows; no target to compare with</source>
        <translation>%1 पंक्तियाँ; तुलना के लिए कोई लक्ष्य नहीं</translation>
    </message>
    <message>
        <source>The table is empty: import or generate its rows.</source>
        <translation>तालिका खाली है: इसकी पंक्तियाँ आयात करें या बनाएँ।</translation>
    </message>
    <message>
        <source>%1 rows, as expected (%2).</source>
        <translation>%1 पंक्तियाँ, अपेक्षा के अनुसार (%2)।</translation>
    </message>
    <message>
        <source>%1 rows where %2 were expected (%3).</source>
        <translation>%1 पंक्तियाँ, जबकि %2 अपेक्षित थीं (%3)।</translation>
    </message>
    <message>
        <source>May be empty by design: %1 empty (%2 of %3). %4</source>
        <translation>डिज़ाइन के अनुसार खाली हो सकता है: %1 खाली (%3 में से %2)। %4</translation>
    </message>
    <message>
        <source>Complete: every one of %1 rows holds a value.</source>
        <translation>पूर्ण: सभी %1 पंक्तियों में मान है।</translation>
    </message>
    <message>
        <source>%1 of %2 cells are empty (first at row %3) in a column declared complete: fill them or declare the column nullable.</source>
        <translation>पूर्ण घोषित स्तंभ में %2 में से %1 कोष्ठ खाली हैं (पहला पंक्ति %3 पर): उन्हें भरें या स्तंभ को खाली-योग्य घोषित करें।</translation>
    </message>
    <message>
        <source>The metadata claims 100% completeness and no cell is empty.</source>
        <translation>मेटाडेटा 100% पूर्णता का दावा करता है और कोई कोष्ठ खाली नहीं है।</translation>
    </message>
    <message>
        <source>The metadata claims 100% completeness, but %1 cells are empty: %2. Correct the claim or say which columns may be empty.</source>
        <translation>मेटाडेटा 100% पूर्णता का दावा करता है, पर %1 कोष्ठ खाली हैं: %2। दावा सुधारें या बताएँ कि कौन-से स्तंभ खाली हो सकते हैं।</translation>
    </message>
    <message>
        <source>%1 rows repeat an ID already used (%2): other tables cannot tell which row a key means. Give every row its own ID.</source>
        <translation>%1 पंक्तियाँ पहले से प्रयुक्त ID दोहराती हैं (%2): दूसरी तालिकाएँ नहीं जान सकतीं कि कुंजी किस पंक्ति की है। हर पंक्ति को अपनी ID दें।</translation>
    </message>
    <message>
        <source>Every ID is used once.</source>
        <translation>हर ID एक बार प्रयुक्त है।</translation>
    </message>
    <message>
        <source>rows %1 and %2</source>
        <translation>पंक्तियाँ %1 और %2</translation>
    </message>
    <message>
        <source>%1 rows repeat another row in every column but the ID (first: %2). Remove the copies unless the events really happened twice.</source>
        <translation>%1 पंक्तियाँ ID को छोड़कर हर स्तंभ में किसी दूसरी पंक्ति को दोहराती हैं (पहली: %2)। प्रतियाँ हटाएँ, जब तक घटनाएँ सचमुच दो बार न हुई हों।</translation>
    </message>
    <message>
        <source>No row repeats another.</source>
        <translation>कोई पंक्ति किसी दूसरी को नहीं दोहराती।</translation>
    </message>
    <message>
        <source>%1 outcomes repeat a (student, internship) pair (%2): a student has one outcome per internship. Merge or remove the repeats.</source>
        <translation>%1 परिणाम एक (छात्र, इंटर्नशिप) जोड़ी दोहराते हैं (%2): हर इंटर्नशिप के लिए छात्र का एक ही परिणाम होता है। दोहराव मिलाएँ या हटाएँ।</translation>
    </message>
    <message>
        <source>Each (student, internship) pair has one outcome.</source>
        <translation>हर (छात्र, इंटर्नशिप) जोड़ी का एक परिणाम है।</translation>
    </message>
    <message>
        <source>Every company name is used once.</source>
        <translation>हर कंपनी का नाम एक बार प्रयुक्त है।</translation>
    </message>
    <message>
        <source>Several companies share a name (%1): internships naming them are ambiguous. Keep one row per company.</source>
        <translation>कई कंपनियों का नाम एक ही है (%1): उनका नाम लेने वाली इंटर्नशिप अस्पष्ट हैं। हर कंपनी की एक पंक्ति रखें।</translation>
    </message>
    <message>
        <source>Cannot check: table &apos;%1&apos; has no ID column to refer to.</source>
        <translation>जाँच नहीं हो सकती: तालिका &apos;%1&apos; में संदर्भ के लिए कोई ID स्तंभ नहीं है।</translation>
    </message>
    <message>
        <source>%1 of %2 keys of %3 name no row (%4). Add the missing rows or remove the rows that refer to them.</source>
        <translation>%3 की %2 में से %1 कुंजियाँ किसी पंक्ति का नाम नहीं लेतीं (%4)। छूटी पंक्तियाँ जोड़ें या उनका संदर्भ देने वाली पंक्तियाँ हटाएँ।</translation>
    </message>
    <message>
        <source>The keys of %1 are written with the prefix &apos;%2&apos; but the IDs with &apos;%3&apos;: the text forms do not match. Use one prefix.</source>
        <translation>%1 की कुंजियाँ उपसर्ग &apos;%2&apos; के साथ लिखी हैं पर ID &apos;%3&apos; के साथ: पाठ रूप मेल नहीं खाते। एक ही उपसर्ग उपयोग करें।</translation>
    </message>
    <message>
        <source>Every key of %1 names an existing row.</source>
        <translation>%1 की हर कुंजी किसी मौजूदा पंक्ति का नाम लेती है।</translation>
    </message>
    <message>
        <source>Outcomes have no interaction_id: an outcome cannot be traced to the apply interaction it decides. Add the column.</source>
        <translation>परिणामों में interaction_id नहीं है: किसी परिणाम को उस आवेदन अंतःक्रिया तक नहीं जोड़ा जा सकता जिसका वह निर्णय करता है। स्तंभ जोड़ें।</translation>
    </message>
    <message>
        <source>%1 outcomes (first %2) point to an interaction that is not an apply by the same student for the same internship. Point each outcome at its apply.</source>
        <translation>%1 परिणाम (पहला %2) ऐसी अंतःक्रिया की ओर इंगित करते हैं जो उसी छात्र का उसी इंटर्नशिप के लिए आवेदन नहीं है। हर परिणाम को उसके आवेदन की ओर इंगित करें।</translation>
    </message>
    <message>
        <source>Each outcome points to the apply interaction of its student and internship.</source>
        <translation>हर परिणाम अपने छात्र और इंटर्नशिप की आवेदन अंतःक्रिया की ओर इंगित करता है।</translation>
    </message>
    <message>
        <source>Each table&apos;s IDs have a prefix of their own.</source>
        <translation>हर तालिका की ID का अपना उपसर्ग है।</translation>
    </message>
    <message>
        <source>Tables share an ID prefix: %1. An ID alone does not say which table it names; give each table its own prefix.</source>
        <translation>तालिकाएँ एक ID उपसर्ग साझा करती हैं: %1। अकेली ID से पता नहीं चलता कि वह किस तालिका की है; हर तालिका को अपना उपसर्ग दें।</translation>
    </message>
    <message>
        <source>the declared value set (%1 values)</source>
        <translation>घोषित मान-समुच्चय (%1 मान)</translation>
    </message>
    <message>
        <source>Every value lies in %1.</source>
        <translation>हर मान %1 में है।</translation>
    </message>
    <message>
        <source>%1 of %2 rows hold values outside %3: %4. Correct the values or the declared range.</source>
        <translation>%2 में से %1 पंक्तियों में %3 से बाहर के मान हैं: %4। मान या घोषित सीमा सुधारें।</translation>
    </message>
    <message>
        <source>%1 of %2 rows hold values outside %3: %4. Correct the values or the declared value set.</source>
        <translation>%2 में से %1 पंक्तियों में %3 से बाहर के मान हैं: %4। मान या घोषित मान-समुच्चय सुधारें।</translation>
    </message>
    <message>
        <source>%1: mean %2, max %3, %4 with none, variance/mean %5</source>
        <translation>%1: माध्य %2, अधिकतम %3, %4 में एक भी नहीं, प्रसरण/माध्य %5</translation>
    </message>
    <message>
        <source>%1: as flat as uniformly random picks, so there is no preference or popularity to learn. Draw activity and choices from skewed, feature-driven laws.</source>
        <translation>%1: एकसमान यादृच्छिक चुनाव जितना सपाट, इसलिए सीखने के लिए कोई पसंद या लोकप्रियता नहीं है। गतिविधि और चुनाव तिरछे, विशेषता-आधारित वितरणों से निकालें।</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1।</translation>
    </message>
    <message>
        <source>Interactions per student</source>
        <translation>प्रति छात्र अंतःक्रियाएँ</translation>
    </message>
    <message>
        <source>Interactions per internship</source>
        <translation>प्रति इंटर्नशिप अंतःक्रियाएँ</translation>
    </message>
    <message>
        <source>Applications per student</source>
        <translation>प्रति छात्र आवेदन</translation>
    </message>
    <message>
        <source>Applications per internship</source>
        <translation>प्रति इंटर्नशिप आवेदन</translation>
    </message>
    <message>
        <source>Every required skill is held by at least one student.</source>
        <translation>हर आवश्यक कौशल कम से कम एक छात्र के पास है।</translation>
    </message>
    <message>
        <source>%1 required skills are held by no student (%2), affecting %3 internships: they can never be matched. Add them to the students&apos; skill pools or require other skills.</source>
        <translation>%1 आवश्यक कौशल किसी छात्र के पास नहीं हैं (%2), जिससे %3 इंटर्नशिप प्रभावित हैं: उनका कभी मिलान नहीं हो सकता। उन्हें छात्रों के कौशल-समूह में जोड़ें या दूसरे कौशल माँगें।</translation>
    </message>
    <message>
        <source>Success rate %1 (%2 of %3)</source>
        <translation>सफलता दर %1 (%3 में से %2)</translation>
    </message>
    <message>
        <source>%1; no target to compare with.</source>
        <translation>%1; तुलना के लिए कोई लक्ष्य नहीं।</translation>
    </message>
    <message>
        <source>[%1, %2]</source>
        <translation>[%1, %2]</translation>
    </message>
    <message>
        <source>%1, inside the 99% band %2 around the target %3.</source>
        <translation>%1, लक्ष्य %3 के आसपास की 99% सीमा %2 के भीतर।</translation>
    </message>
    <message>
        <source>%1, just outside the 99% band %2 around the target %3. Sampling does this about once in 100 datasets; exact mode meets the rate exactly.</source>
        <translation>%1, लक्ष्य %3 के आसपास की 99% सीमा %2 से थोड़ा बाहर। नमूनाकरण से ऐसा लगभग 100 डेटासेट में एक बार होता है; सटीक मोड दर को ठीक-ठीक पूरा करता है।</translation>
    </message>
    <message>
        <source>%1 is far from the target %2 (99% band %3). Too few seats or a wrong intercept can cause this.</source>
        <translation>%1 लक्ष्य %2 से बहुत दूर है (99% सीमा %3)। बहुत कम सीटें या गलत अंतःखंड इसका कारण हो सकते हैं।</translation>
    </message>
    <message>
        <source>%1 outcomes have success and application_status disagreeing. Make success 1 exactly when the status is selected.</source>
        <translation>%1 परिणामों में success और application_status असहमत हैं। success को ठीक तब 1 रखें जब स्थिति selected हो।</translation>
    </message>
    <message>
        <source>success is 1 exactly when application_status is selected.</source>
        <translation>success ठीक तब 1 है जब application_status selected है।</translation>
    </message>
    <message>
        <source>%1 synthetic e-mail addresses use domains that may reach real people (%2). Use example.org or another reserved domain.</source>
        <translation>%1 कृत्रिम ई-मेल पते ऐसे डोमेन उपयोग करते हैं जो असली लोगों तक पहुँच सकते हैं (%2)। example.org या कोई दूसरा आरक्षित डोमेन उपयोग करें।</translation>
    </message>
    <message>
        <source>Every e-mail address is under a reserved domain (example.org and the like).</source>
        <translation>हर ई-मेल पता आरक्षित डोमेन (example.org जैसे) के अंतर्गत है।</translation>
    </message>
    <message>
        <source>%1 internships are active with a past deadline or inactive with a future one (reference date %2).</source>
        <translation>%1 इंटर्नशिप बीती अंतिम तिथि के साथ सक्रिय हैं या आगामी अंतिम तिथि के साथ निष्क्रिय (संदर्भ तिथि %2)।</translation>
    </message>
    <message>
        <source>Active internships have deadlines on or after the reference date, inactive ones before it.</source>
        <translation>सक्रिय इंटर्नशिप की अंतिम तिथि संदर्भ तिथि को या उसके बाद है, निष्क्रिय की उससे पहले।</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 और %2 अन्य</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>पोस्टिंग</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;</source>
        <translation>%1, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 at row %2</source>
        <translation>पंक्ति %2 पर %1</translation>
    </message>
    <message>
        <source>No rows with %1 = &apos;%2&apos; to compare with its law.</source>
        <translation>%1 = &apos;%2&apos; वाली कोई पंक्ति नहीं, जिसकी तुलना उसके नियम से की जा सके।</translation>
    </message>
    <message>
        <source>rows with %1 = &apos;%2&apos;</source>
        <translation>%1 = &apos;%2&apos; वाली पंक्तियाँ</translation>
    </message>
    <message>
        <source>The column holds another type than its law gives, so it cannot be compared with the law.</source>
        <translation>कॉलम में उसके नियम से भिन्न प्रकार के मान हैं, इसलिए उसकी तुलना नियम से नहीं की जा सकती।</translation>
    </message>
    <message>
        <source>The column is missing, so it cannot be compared with its law.</source>
        <translation>कॉलम मौजूद नहीं है, इसलिए उसकी तुलना उसके नियम से नहीं की जा सकती।</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>a student makes at most %1 applications</source>
        <translation>एक छात्र अधिकतम %1 आवेदन करता है</translation>
    </message>
    <message>
        <source>%1 of %2 rows break the rule: %3 (first: %4).</source>
        <translation>%2 में से %1 पंक्तियाँ नियम तोड़ती हैं: %3 (पहली: %4)।</translation>
    </message>
    <message>
        <source>All %1 rows follow the rule: %2.</source>
        <translation>सभी %1 पंक्तियाँ नियम का पालन करती हैं: %2।</translation>
    </message>
    <message>
        <source>%1 is empty exactly where %2 is empty</source>
        <translation>%1 ठीक वहीं खाली है जहाँ %2 खाली है</translation>
    </message>
    <message>
        <source>%1 is empty exactly where %2 is %3or empty</source>
        <translation>%1 ठीक वहीं खाली है जहाँ %2 %3या खाली है</translation>
    </message>
    <message>
        <source>%1 (%2): the data has no column %3 to measure it by; generate with the scenario that declares it.</source>
        <translation>%1 (%2): डेटा में इसे मापने के लिए कॉलम %3 नहीं है; उसे घोषित करने वाले परिदृश्य से डेटा बनाएँ।</translation>
    </message>
    <message>
        <source>%1: published %2 (%3), generated %4, within %5 to %6.</source>
        <translation>%1: प्रकाशित %2 (%3), बनाया गया %4, %5 से %6 के भीतर।</translation>
    </message>
    <message>
        <source>%1: published %2 (%3), generated %4, outside %5 to %6: tune the scenario&apos;s assumptions or its published figure.</source>
        <translation>%1: प्रकाशित %2 (%3), बनाया गया %4, %5 से %6 के बाहर: परिदृश्य की मान्यताएँ या उसका प्रकाशित आँकड़ा समायोजित करें।</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>प्रस्ताव</translation>
    </message>
    <message>
        <source>a student receives at most %1 offers</source>
        <translation>एक छात्र को अधिकतम %1 प्रस्ताव मिलते हैं</translation>
    </message>
</context>
<context>
    <name>RecTexts</name>
    <message>
        <source>has %1 of %2 required skills (%3)</source>
        <translation>%2 में से %1 आवश्यक कौशल हैं (%3)</translation>
    </message>
    <message>
        <source>builds %1 new skills (%2)</source>
        <translation>%1 नए कौशल सिखाती है (%2)</translation>
    </message>
    <message>
        <source>in the student&apos;s city, %1</source>
        <translation>छात्र के अपने शहर %1 में</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 में</translation>
    </message>
    <message>
        <source>stipend INR %1 a month</source>
        <translation>वज़ीफ़ा ₹%1 प्रति माह</translation>
    </message>
    <message>
        <source>predicted success %1%</source>
        <translation>अनुमानित सफलता %1%</translation>
    </message>
    <message>
        <source>often chosen with %1</source>
        <translation>अक्सर %1 के साथ चुनी जाती है</translation>
    </message>
    <message>
        <source>engaged by %1 students</source>
        <translation>%1 छात्रों ने रुचि दिखाई</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the parts of a reason</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%L1 successes and %L2 failures in the calibration slice</source>
        <translation>अंशांकन खंड में %L1 सफलताएँ और %L2 विफलताएँ</translation>
    </message>
    <message>
        <source>validation log loss %1 uncalibrated, %2 with Platt (cross-fitted)</source>
        <translation>सत्यापन लॉग लॉस: बिना अंशांकन %1, Platt के साथ %2 (क्रॉस-फ़िट)</translation>
    </message>
    <message>
        <source>Not calibrated: calibration is off</source>
        <translation>अंशांकित नहीं: अंशांकन बंद है</translation>
    </message>
    <message>
        <source>Not calibrated: %1, fewer than %2</source>
        <translation>अंशांकित नहीं: %1, जो %2 से कम है</translation>
    </message>
    <message>
        <source>Not calibrated: Platt&apos;s slope was not positive (%1)</source>
        <translation>अंशांकित नहीं: Platt का ढलान धनात्मक नहीं था (%1)</translation>
    </message>
    <message>
        <source>Not calibrated: Platt does not lower the %1; %2</source>
        <translation>अंशांकित नहीं: Platt से लॉग लॉस कम नहीं होता (%1); %2</translation>
    </message>
    <message>
        <source>Platt-calibrated: it lowers the %1; %2</source>
        <translation>Platt से अंशांकित: इससे लॉग लॉस कम होता है (%1); %2</translation>
    </message>
    <message>
        <source>content</source>
        <comment>evaluated method</comment>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>cf</source>
        <comment>evaluated method: collaborative filtering</comment>
        <translation>सहयोगी (CF)</translation>
    </message>
    <message>
        <source>success</source>
        <comment>evaluated method: the success model&apos;s P(success)</comment>
        <translation>सफलता</translation>
    </message>
    <message>
        <source>hybrid</source>
        <comment>evaluated method: the blend with learned weights</comment>
        <translation>हाइब्रिड</translation>
    </message>
    <message>
        <source>hybrid_fixed</source>
        <comment>evaluated method: the blend with the fixed weights</comment>
        <translation>हाइब्रिड (स्थिर भार)</translation>
    </message>
    <message>
        <source>popularity</source>
        <comment>evaluated method</comment>
        <translation>लोकप्रियता</translation>
    </message>
    <message>
        <source>random</source>
        <comment>evaluated method</comment>
        <translation>यादृच्छिक</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Page %1</source>
        <translation>पृष्ठ %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>%1 … (%2 in all)</source>
        <translation>%1 … (कुल %2)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>%1 positive, %2 negative</source>
        <translation>%1 सकारात्मक, %2 नकारात्मक</translation>
    </message>
    <message>
        <source>too few positives to judge</source>
        <translation>आँकने के लिए बहुत कम सकारात्मक</translation>
    </message>
    <message>
        <source>PMIS dataset report</source>
        <translation>PMIS डेटासेट रिपोर्ट</translation>
    </message>
    <message>
        <source>imported data</source>
        <translation>आयात किया गया डेटा</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>बीज</translation>
    </message>
    <message>
        <source>Scenario SHA-256</source>
        <translation>परिदृश्य का SHA-256</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 पंक्तियाँ</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>तालिकाएँ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>एप्लिकेशन संस्करण</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>विषय-सूची</translation>
    </message>
    <message>
        <source>The data were imported without a scenario: there are no parameters to list.</source>
        <translation>डेटा बिना परिदृश्य के आयात किया गया था: सूची में दिखाने के लिए कोई मापदंड नहीं है।</translation>
    </message>
    <message>
        <source>Every parameter of the scenario the data were generated from, as saved in its scenario file.</source>
        <translation>जिस परिदृश्य से डेटा बनाया गया, उसका हर मापदंड, जैसा वह परिदृश्य फ़ाइल में सहेजा गया है।</translation>
    </message>
    <message>
        <source>The parameters cannot be listed: %1</source>
        <translation>मापदंडों की सूची नहीं बन सकी: %1</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>मापदंड</translation>
    </message>
    <message>
        <source>The Overview&apos;s charts; the scenario&apos;s targets are marked where it sets them, the baseline&apos;s figures in grey.</source>
        <translation>अवलोकन के चार्ट; जहाँ परिदृश्य लक्ष्य तय करता है वहाँ लक्ष्य चिह्नित हैं, आधार के आँकड़े धूसर रंग में।</translation>
    </message>
    <message>
        <source>The Overview&apos;s charts; the scenario&apos;s targets are marked where it sets them.</source>
        <translation>अवलोकन के चार्ट; जहाँ परिदृश्य लक्ष्य तय करता है वहाँ लक्ष्य चिह्नित हैं।</translation>
    </message>
    <message>
        <source>Every check of the quality report, measured against the scenario&apos;s targets.</source>
        <translation>गुणवत्ता रिपोर्ट की हर जाँच, परिदृश्य के लक्ष्यों के सापेक्ष मापी गई।</translation>
    </message>
    <message>
        <source>Every check of the quality report that needs no scenario (the data came without one).</source>
        <translation>गुणवत्ता रिपोर्ट की वे सभी जाँचें जिन्हें परिदृश्य की ज़रूरत नहीं (डेटा बिना परिदृश्य के आया)।</translation>
    </message>
    <message>
        <source>%1 checks: %2 passed, %3 with a warning, %4 failed.</source>
        <translation>%1 जाँचें: %2 सफल, %3 चेतावनी के साथ, %4 विफल।</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>हर जाँच सफल रही।</translation>
    </message>
    <message>
        <source>Checks that did not pass</source>
        <translation>जो जाँचें सफल नहीं हुईं</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>मापा गया</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>Every check</source>
        <translation>सभी जाँचें</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>माप</translation>
    </message>
    <message>
        <source>The recommender could not be evaluated on these data: %1</source>
        <translation>इस डेटा पर अनुशंसक का मूल्यांकन नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Every method ranked on held-out applications, and the success model against the held-out outcomes.</source>
        <translation>हर विधि का क्रम-निर्धारण अलग रखे गए आवेदनों पर, और सफलता मॉडल अलग रखे गए परिणामों पर।</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>प्रोटोकॉल: %1</translation>
    </message>
    <message>
        <source>%1 students evaluated, %2 relevant applications, %3 training and %4 held-out events, %5 open internships at the cut.</source>
        <translation>%1 छात्रों का मूल्यांकन, %2 प्रासंगिक आवेदन, %3 प्रशिक्षण और %4 अलग रखी गई घटनाएँ, कट के समय %5 खुली इंटर्नशिप।</translation>
    </message>
    <message>
        <source>Ranking at K = %1</source>
        <translation>K = %1 पर क्रम-निर्धारण</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>कवरेज</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>गिनी</translation>
    </message>
    <message>
        <source>Popularity lift</source>
        <translation>लोकप्रियता वृद्धि</translation>
    </message>
    <message>
        <source>Success model</source>
        <translation>सफलता मॉडल</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>ROC AUC [95% CI]</source>
        <translation>ROC AUC [95% विश्वास अंतराल]</translation>
    </message>
    <message>
        <source>AP [95% CI]</source>
        <translation>AP [95% विश्वास अंतराल]</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>संख्याएँ</translation>
    </message>
    <message>
        <source>The success model by group</source>
        <translation>समूह के अनुसार सफलता मॉडल</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>अनुमानित</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>देखा गया</translation>
    </message>
    <message>
        <source>The shortlists could not be audited on these data: %1</source>
        <translation>इस डेटा पर संक्षिप्त सूचियों की जाँच नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2 पर</translation>
    </message>
    <message>
        <source>The top 20 candidates of every open internship, before and after fair re-ranking (FA*IR) for these groups at their share of the students: %1.</source>
        <translation>हर खुली इंटर्नशिप के शीर्ष 20 उम्मीदवार, इन समूहों के लिए छात्रों में उनके हिस्से पर निष्पक्ष पुनः-क्रम (FA*IR) से पहले और बाद में: %1।</translation>
    </message>
    <message>
        <source>%1 shortlists: every group&apos;s minimum met in %2 before re-ranking and %3 after; %4 could not be made fair; the re-ranked lists keep %5 of the original NDCG on average.</source>
        <translation>%1 संक्षिप्त सूचियाँ: हर समूह का न्यूनतम पुनः-क्रम से पहले %2 में और बाद में %3 में पूरा हुआ; %4 को निष्पक्ष नहीं बनाया जा सका; पुनः-क्रमित सूचियाँ औसतन मूल NDCG का %5 बनाए रखती हैं।</translation>
    </message>
    <message>
        <source>Exposure per candidate by %1</source>
        <translation>%1 के अनुसार प्रति उम्मीदवार दृश्यता</translation>
    </message>
    <message>
        <source>lowest / highest</source>
        <translation>न्यूनतम / अधिकतम</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>What changed from the baseline: the scenario&apos;s parameters, then every figure whose difference is larger than sampling alone gives (%1 level).</source>
        <translation>आधार से क्या बदला: परिदृश्य के मापदंड, फिर हर वह आँकड़ा जिसका अंतर केवल नमूनाकरण से होने वाले अंतर से बड़ा है (%1 स्तर)।</translation>
    </message>
    <message>
        <source>Parameters changed</source>
        <translation>बदले गए मापदंड</translation>
    </message>
    <message>
        <source>No parameter differs (or one side has no scenario).</source>
        <translation>कोई मापदंड अलग नहीं है (या एक पक्ष का कोई परिदृश्य नहीं है)।</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>वर्तमान</translation>
    </message>
    <message>
        <source>Figures beyond the noise: %1 of %2</source>
        <translation>शोर से बाहर के आँकड़े: %2 में से %1</translation>
    </message>
    <message>
        <source>No figure differs by more than the noise.</source>
        <translation>कोई आँकड़ा शोर से अधिक अलग नहीं है।</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>शोर</translation>
    </message>
    <message>
        <source>Scenario parameters</source>
        <translation>परिदृश्य के मापदंड</translation>
    </message>
    <message>
        <source>Overview charts</source>
        <translation>अवलोकन चार्ट</translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation>गुणवत्ता जाँचें</translation>
    </message>
    <message>
        <source>Recommender evaluation</source>
        <translation>अनुशंसक का मूल्यांकन</translation>
    </message>
    <message>
        <source>Fairness audit</source>
        <translation>निष्पक्षता जाँच</translation>
    </message>
    <message>
        <source>Comparison with the baseline</source>
        <translation>आधार से तुलना</translation>
    </message>
    <message>
        <source>cannot write the report (%1)</source>
        <translation>रिपोर्ट नहीं लिखी जा सकी (%1)</translation>
    </message>
    <message>
        <source>PMIS dataset report: %1</source>
        <translation>PMIS डेटासेट रिपोर्ट: %1</translation>
    </message>
    <message>
        <source>cannot lay out the PDF</source>
        <translation>PDF के पृष्ठ नहीं बन सके</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>PDF पूरी नहीं हो सकी</translation>
    </message>
    <message>
        <source>A recommendation, explained</source>
        <translation>एक अनुशंसा, समझाई गई</translation>
    </message>
    <message>
        <source>The top %1 internships for %2 (%3), the student with the most applications; each score is the sum of its parts.</source>
        <translation>%2 (%3) के लिए शीर्ष %1 इंटर्नशिप — सबसे अधिक आवेदनों वाला छात्र; हर अंक अपने हिस्सों का योग है।</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>इंटर्नशिप</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>P(success) part</source>
        <translation>P(सफलता) का हिस्सा</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>लोकप्रियता</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 और %n अन्य</numerusform>
            <numerusform>%1 और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; skills %2</source>
        <translation>%1; कौशल %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %3 में %2</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Companies per group</source>
        <translation>प्रत्येक समूह की कंपनियाँ</translation>
    </message>
    <message>
        <source>Industries per group</source>
        <translation>प्रत्येक समूह के उद्योग</translation>
    </message>
    <message>
        <source>Stipend per company group</source>
        <translation>प्रत्येक कंपनी समूह का वज़ीफ़ा</translation>
    </message>
    <message>
        <source>INR per month</source>
        <translation>रुपये प्रति माह</translation>
    </message>
    <message>
        <source>Reputation per company group</source>
        <translation>प्रत्येक कंपनी समूह की प्रतिष्ठा</translation>
    </message>
    <message>
        <source>score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Company groups: sizes and founding years</source>
        <translation>कंपनी समूह: आकार और स्थापना वर्ष</translation>
    </message>
    <message>
        <source>%1: founded from</source>
        <translation>%1: स्थापना, से</translation>
    </message>
    <message>
        <source>%1: founded to</source>
        <translation>%1: स्थापना, तक</translation>
    </message>
    <message>
        <source>Internship domains</source>
        <translation>इंटर्नशिप के क्षेत्र</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>इंटर्नशिप</translation>
    </message>
    <message>
        <source>Stipend, lowest (INR)</source>
        <translation>वज़ीफ़ा, न्यूनतम (रुपये)</translation>
    </message>
    <message>
        <source>Stipend, highest (INR)</source>
        <translation>वज़ीफ़ा, अधिकतम (रुपये)</translation>
    </message>
    <message>
        <source>Stipend rounded to (INR)</source>
        <translation>वज़ीफ़े का पूर्णांकन (रुपये)</translation>
    </message>
    <message>
        <source>Active share</source>
        <translation>सक्रिय हिस्सा</translation>
    </message>
    <message>
        <source>Posted within (days)</source>
        <translation>प्रकाशन की अवधि (दिन)</translation>
    </message>
    <message>
        <source>Deadline within (days)</source>
        <translation>अंतिम तिथि की अवधि (दिन)</translation>
    </message>
    <message>
        <source>Positions (%1), at least</source>
        <translation>पद (%1), कम से कम</translation>
    </message>
    <message>
        <source>Positions (%1), at most</source>
        <translation>पद (%1), अधिक से अधिक</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>अवधि (महीने)</translation>
    </message>
    <message>
        <source>Remote work</source>
        <translation>दूरस्थ कार्य</translation>
    </message>
    <message>
        <source>Experience sought</source>
        <translation>अपेक्षित अनुभव</translation>
    </message>
    <message>
        <source>Activity and affinity</source>
        <translation>सक्रियता और झुकाव</translation>
    </message>
    <message>
        <source>Activity dispersion (gamma shape)</source>
        <translation>सक्रियता का फैलाव (गामा आकार)</translation>
    </message>
    <message>
        <source>Smaller values make a few students much more active than the rest</source>
        <translation>छोटे मान कुछ छात्रों को बाकी की तुलना में कहीं अधिक सक्रिय बनाते हैं</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>समय-अवधि (दिन)</translation>
    </message>
    <message>
        <source>Skill overlap weight</source>
        <translation>कौशल मेल का भार</translation>
    </message>
    <message>
        <source>Same-city bonus</source>
        <translation>एक ही शहर का अतिरिक्त भार</translation>
    </message>
    <message>
        <source>Stipend weight</source>
        <translation>वज़ीफ़े का भार</translation>
    </message>
    <message>
        <source>Popularity exponent (Zipf)</source>
        <translation>लोकप्रियता घातांक (Zipf)</translation>
    </message>
    <message>
        <source>Choice noise</source>
        <translation>चयन में यादृच्छिकता</translation>
    </message>
    <message>
        <source>Candidates per engagement</source>
        <translation>प्रति सहभागिता उम्मीदवार</translation>
    </message>
    <message>
        <source>Time spent (%1), min s</source>
        <translation>बिताया समय (%1), न्यूनतम सेकंड</translation>
    </message>
    <message>
        <source>Time spent (%1), max s</source>
        <translation>बिताया समय (%1), अधिकतम सेकंड</translation>
    </message>
    <message>
        <source>Page views (%1), min</source>
        <translation>पृष्ठ दृश्य (%1), न्यूनतम</translation>
    </message>
    <message>
        <source>Page views (%1), max</source>
        <translation>पृष्ठ दृश्य (%1), अधिकतम</translation>
    </message>
    <message>
        <source>Interaction types</source>
        <translation>अंतःक्रिया के प्रकार</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>आगंतुकों के स्रोत</translation>
    </message>
    <message>
        <source>Success model</source>
        <translation>सफलता मॉडल</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>सफलता दर</translation>
    </message>
    <message>
        <source>Signal strength</source>
        <translation>संकेत की तीव्रता</translation>
    </message>
    <message>
        <source>Multiplies every feature weight; 0 makes outcomes pure chance</source>
        <translation>हर विशेषता के भार को गुणा करता है; 0 पर परिणाम केवल संयोग होते हैं</translation>
    </message>
    <message>
        <source>Weight: skill match</source>
        <translation>भार: कौशल मेल</translation>
    </message>
    <message>
        <source>Weight: CGPA</source>
        <translation>भार: CGPA</translation>
    </message>
    <message>
        <source>Weight: experience</source>
        <translation>भार: अनुभव</translation>
    </message>
    <message>
        <source>Weight: same city</source>
        <translation>भार: एक ही शहर</translation>
    </message>
    <message>
        <source>Bias: rural</source>
        <translation>पूर्वाग्रह: ग्रामीण</translation>
    </message>
    <message>
        <source>Log-odds added for rural students; 0 is fair</source>
        <translation>ग्रामीण छात्रों के लिए जोड़ा गया log-odds; 0 निष्पक्ष है</translation>
    </message>
    <message>
        <source>Log-odds added for this group; 0 is fair</source>
        <translation>इस समूह के लिए जोड़ा गया log-odds; 0 निष्पक्ष है</translation>
    </message>
    <message>
        <source>Bias: %1</source>
        <translation>पूर्वाग्रह: %1</translation>
    </message>
    <message>
        <source>Outcome counts</source>
        <translation>परिणामों की संख्या</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>नमूने से</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>सटीक</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>अस्वीकृति के कारण</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>संख्याएँ</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>छात्र</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>अंतःक्रियाएँ</translation>
    </message>
    <message>
        <source>Profiles created within (days)</source>
        <translation>प्रोफ़ाइल बनने की अवधि (दिन)</translation>
    </message>
    <message>
        <source>College tiers</source>
        <translation>कॉलेज श्रेणियाँ</translation>
    </message>
    <message>
        <source>Universities per tier</source>
        <translation>प्रत्येक श्रेणी के विश्वविद्यालय</translation>
    </message>
    <message>
        <source>CGPA per tier</source>
        <translation>प्रत्येक श्रेणी का CGPA</translation>
    </message>
    <message>
        <source>CGPA</source>
        <translation>CGPA</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>अध्ययन-धाराएँ</translation>
    </message>
    <message>
        <source>Skill categories per stream</source>
        <translation>प्रत्येक धारा की कौशल श्रेणियाँ</translation>
    </message>
    <message>
        <source>Skills per student</source>
        <translation>प्रति छात्र कौशल</translation>
    </message>
    <message>
        <source>Skills, at least</source>
        <translation>कौशल, कम से कम</translation>
    </message>
    <message>
        <source>Skills, at most</source>
        <translation>कौशल, अधिक से अधिक</translation>
    </message>
    <message>
        <source>Interests, at least</source>
        <translation>रुचियाँ, कम से कम</translation>
    </message>
    <message>
        <source>Interests, at most</source>
        <translation>रुचियाँ, अधिक से अधिक</translation>
    </message>
    <message>
        <source>Home cities</source>
        <translation>गृह नगर</translation>
    </message>
    <message>
        <source>Skills by category</source>
        <translation>श्रेणी के अनुसार कौशल</translation>
    </message>
    <message>
        <source>Skill pool per internship domain</source>
        <translation>प्रत्येक इंटर्नशिप क्षेत्र का कौशल-भंडार</translation>
    </message>
    <message>
        <source>Required skills per internship</source>
        <translation>प्रति इंटर्नशिप आवश्यक कौशल</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>कम से कम</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>अधिक से अधिक</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Rural / urban</source>
        <translation>ग्रामीण / शहरी</translation>
    </message>
    <message>
        <source>Graduation year</source>
        <translation>स्नातक होने का वर्ष</translation>
    </message>
    <message>
        <source>Previous experience</source>
        <translation>पूर्व अनुभव</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Apply (%1 of interactions) cannot be more than view (%2): every application follows a view. Raise view or lower apply.</source>
        <translation>आवेदन (apply, %1 अंतःक्रियाएँ) देखने (view, %2) से अधिक नहीं हो सकते: हर आवेदन किसी देखने के बाद आता है। view बढ़ाएँ या apply घटाएँ।</translation>
    </message>
    <message>
        <source>Shortlist and reject together (%1 of interactions) cannot be more than apply (%2): each closes one application. Lower them or raise apply.</source>
        <translation>shortlist और reject मिलकर (%1 अंतःक्रियाएँ) apply (%2) से अधिक नहीं हो सकते: हर एक किसी एक आवेदन को बंद करता है। इन्हें घटाएँ या apply बढ़ाएँ।</translation>
    </message>
    <message>
        <source>A success rate of %1 cannot be reached: only %2 of applications end in shortlist. Lower the success rate to at most %2 or raise shortlist&apos;s share of interaction types.</source>
        <translation>%1 की सफलता दर तक नहीं पहुँचा जा सकता: केवल %2 आवेदन shortlist पर समाप्त होते हैं। सफलता दर को अधिक से अधिक %2 तक घटाएँ या अंतःक्रिया प्रकारों में shortlist का हिस्सा बढ़ाएँ।</translation>
    </message>
    <message>
        <source>A success rate of %1 would select about %L2 of the %L3 expected applications, but the internships offer only about %L4 seats: fewer applications will succeed. Lower the success rate or the interactions, or add internships or positions.</source>
        <translation>%1 की सफलता दर अपेक्षित %L3 आवेदनों में से लगभग %L2 का चयन करेगी, पर इंटर्नशिप में केवल लगभग %L4 स्थान हैं: कम आवेदन सफल होंगे। सफलता दर या अंतःक्रियाएँ घटाएँ, या इंटर्नशिप या पद बढ़ाएँ।</translation>
    </message>
    <message>
        <source>Share of internships still open</source>
        <translation>अभी भी खुली इंटर्नशिप का हिस्सा</translation>
    </message>
    <message>
        <source>Share of applications that succeed, in percent</source>
        <translation>सफल होने वाले आवेदनों का हिस्सा, प्रतिशत में</translation>
    </message>
    <message>
        <source>The success rate must be above 0% and below 100%</source>
        <translation>सफलता दर 0% से अधिक और 100% से कम होनी चाहिए</translation>
    </message>
    <message>
        <source>%1 must be from 0% to 100%</source>
        <translation>%1 का मान 0% से 100% तक होना चाहिए</translation>
    </message>
    <message>
        <source>%1: %2 weight</source>
        <translation>%1: %2 का भार</translation>
    </message>
    <message>
        <source>%1 of the group (total %2)</source>
        <translation>समूह का %1 (कुल %2)</translation>
    </message>
    <message>
        <source>Applications per student, at most</source>
        <translation>प्रति छात्र अधिकतम आवेदन</translation>
    </message>
    <message>
        <source>0 means no limit but the calendar&apos;s</source>
        <translation>0 का अर्थ है कैलेंडर के सिवा कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Share of students who never engage</source>
        <translation>कभी सक्रिय न होने वाले छात्रों का हिस्सा</translation>
    </message>
    <message>
        <source>Registered students with no interaction at all</source>
        <translation>पंजीकृत छात्र जिनकी कोई भी अंतःक्रिया नहीं है</translation>
    </message>
    <message>
        <source>Offers per student, at most</source>
        <translation>प्रति छात्र अधिकतम प्रस्ताव</translation>
    </message>
    <message>
        <source>0 means no limit</source>
        <translation>0 का अर्थ है कोई सीमा नहीं</translation>
    </message>
</context>
<context>
    <name>ScenarioRule</name>
    <message>
        <source>expected an object, got %1</source>
        <translation>ऑब्जेक्ट अपेक्षित था, मिला %1</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1</source>
        <translation>अज्ञात कुंजी; इनमें से एक अपेक्षित: %1</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>आवश्यक कुंजी नहीं है</translation>
    </message>
    <message>
        <source>empty object; expected at least one entry</source>
        <translation>खाली ऑब्जेक्ट; कम से कम एक प्रविष्टि अपेक्षित</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>संख्या अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>परिमित संख्या अपेक्षित</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>पूर्ण संख्या अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected a whole number &gt; 0, got %1</source>
        <translation>0 से बड़ी पूर्ण संख्या अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>स्ट्रिंग अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>स्ट्रिंग की सूची अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>empty list; expected at least one string</source>
        <translation>खाली सूची; कम से कम एक स्ट्रिंग अपेक्षित</translation>
    </message>
    <message>
        <source>empty string; expected a name</source>
        <translation>खाली स्ट्रिंग; एक नाम अपेक्षित</translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;; expected distinct names</source>
        <translation>मान &quot;%1&quot; दोहराया गया है; अलग-अलग नाम अपेक्षित</translation>
    </message>
    <message>
        <source>expected a number in (0, 1), got %1</source>
        <translation>(0, 1) में संख्या अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected a number in [0, 1], got %1</source>
        <translation>[0, 1] में संख्या अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;; expected &quot;sampled&quot; or &quot;exact&quot;</source>
        <translation>अज्ञात मोड &quot;%1&quot;; &quot;sampled&quot; या &quot;exact&quot; अपेक्षित</translation>
    </message>
    <message>
        <source>no shares; expected an object of label: weight</source>
        <translation>कोई हिस्सा नहीं; लेबल: भार वाला ऑब्जेक्ट अपेक्षित</translation>
    </message>
    <message>
        <source>empty label; expected a name</source>
        <translation>खाली लेबल; एक नाम अपेक्षित</translation>
    </message>
    <message>
        <source>negative weight %1; expected a number &gt;= 0</source>
        <translation>ऋणात्मक भार %1; 0 या उससे बड़ी संख्या अपेक्षित</translation>
    </message>
    <message>
        <source>all weights are zero; expected at least one weight &gt; 0</source>
        <translation>सभी भार शून्य हैं; कम से कम एक भार 0 से बड़ा अपेक्षित</translation>
    </message>
    <message>
        <source>expected a whole number &gt;= %1, got %2</source>
        <translation>%1 या उससे बड़ी पूर्ण संख्या अपेक्षित थी, मिला %2</translation>
    </message>
    <message>
        <source>min %1 &gt; max %2; expected min &lt;= max</source>
        <translation>न्यूनतम %1 अधिकतम %2 से बड़ा है; न्यूनतम &lt;= अधिकतम अपेक्षित</translation>
    </message>
    <message>
        <source>expected a standard deviation &gt; 0, got %1</source>
        <translation>0 से बड़ा मानक विचलन अपेक्षित था, मिला %1</translation>
    </message>
    <message>
        <source>min &gt;= max; expected min &lt; max</source>
        <translation>न्यूनतम अधिकतम से छोटा नहीं है; न्यूनतम &lt; अधिकतम अपेक्षित</translation>
    </message>
    <message>
        <source>mean lies more than 3 sd outside [min, max]; expected a mean near the range</source>
        <translation>माध्य [न्यूनतम, अधिकतम] से 3 मानक विचलन से भी अधिक बाहर है; सीमा के पास माध्य अपेक्षित</translation>
    </message>
    <message>
        <source>expected a stipend &gt;= 0</source>
        <translation>0 या उससे अधिक स्टाइपेंड अपेक्षित</translation>
    </message>
    <message>
        <source>expected a rounding step &gt; 0</source>
        <translation>0 से बड़ा पूर्णांकन चरण अपेक्षित</translation>
    </message>
    <message>
        <source>expected a gamma shape &gt; 0</source>
        <translation>0 से बड़ा गामा आकार अपेक्षित</translation>
    </message>
    <message>
        <source>expected an exponent &gt;= 0</source>
        <translation>0 या उससे बड़ा घातांक अपेक्षित</translation>
    </message>
    <message>
        <source>expected a noise scale &gt; 0</source>
        <translation>0 से बड़ा शोर पैमाना अपेक्षित</translation>
    </message>
    <message>
        <source>expected at most 1000 candidates</source>
        <translation>अधिकतम 1000 उम्मीदवार अपेक्षित</translation>
    </message>
    <message>
        <source>expected a number &gt;= 0</source>
        <translation>0 या उससे बड़ी संख्या अपेक्षित</translation>
    </message>
    <message>
        <source>unsupported schema version %1; expected %2</source>
        <translation>असमर्थित स्कीमा संस्करण %1; %2 अपेक्षित</translation>
    </message>
    <message>
        <source>expected a whole number &gt;= 0, got %1</source>
        <translation>0 या उससे बड़ी पूर्ण संख्या अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected at most %1 rows, got %2</source>
        <translation>अधिकतम %1 पंक्तियाँ अपेक्षित थीं, मिलीं %2</translation>
    </message>
    <message>
        <source>empty object; expected at least one company category</source>
        <translation>खाली ऑब्जेक्ट; कम से कम एक कंपनी श्रेणी अपेक्षित</translation>
    </message>
    <message>
        <source>expected a number between -1e15 and 1e15, got %1</source>
        <translation>-1e15 और 1e15 के बीच की संख्या अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected a rounding step between 0.000001 and 1e15, got %1</source>
        <translation>0.000001 और 1e15 के बीच का पूर्णांकन चरण अपेक्षित था, मिला %1</translation>
    </message>
    <message>
        <source>a step wider than [min, max]; expected at most max - min</source>
        <translation>चरण [न्यूनतम, अधिकतम] से चौड़ा है; अधिकतम - न्यूनतम तक अपेक्षित</translation>
    </message>
    <message>
        <source>two laws (%1 and %2); expected exactly one</source>
        <translation>दो वितरण (%1 और %2); ठीक एक अपेक्षित</translation>
    </message>
    <message>
        <source>no law; expected one of categorical, zipf, normal, log_normal, uniform, integers, poisson</source>
        <translation>कोई वितरण नहीं; categorical, zipf, normal, log_normal, uniform, integers, poisson में से एक अपेक्षित</translation>
    </message>
    <message>
        <source>expected an exponent between 0 and 10</source>
        <translation>0 और 10 के बीच घातांक अपेक्षित</translation>
    </message>
    <message>
        <source>expected a standard deviation &gt; 0</source>
        <translation>0 से बड़ा मानक विचलन अपेक्षित</translation>
    </message>
    <message>
        <source>expected a lower bound &gt; 0 for a log-normal law</source>
        <translation>लॉग-नॉर्मल वितरण के लिए 0 से बड़ी निचली सीमा अपेक्षित</translation>
    </message>
    <message>
        <source>expected a log standard deviation of at most 10</source>
        <translation>अधिकतम 10 का लॉग मानक विचलन अपेक्षित</translation>
    </message>
    <message>
        <source>expected a whole number &lt;= 1e15</source>
        <translation>1e15 या उससे छोटी पूर्ण संख्या अपेक्षित</translation>
    </message>
    <message>
        <source>expected a mean in (0, 500]</source>
        <translation>(0, 500] में माध्य अपेक्षित</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column name; expected lower-case letters, digits and underscores, starting with a letter</source>
        <translation>&quot;%1&quot; कॉलम का नाम नहीं है; छोटे अक्षर, अंक और अंडरस्कोर अपेक्षित, पहला वर्ण अक्षर हो</translation>
    </message>
    <message>
        <source>%1 already has a column &quot;%2&quot;; expected a new name</source>
        <translation>%1 में कॉलम &quot;%2&quot; पहले से है; नया नाम अपेक्षित</translation>
    </message>
    <message>
        <source>%1 declares &quot;%2&quot; twice</source>
        <translation>%1 में &quot;%2&quot; दो बार घोषित है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a categorical column of %2 declared before this one</source>
        <translation>&quot;%1&quot; इससे पहले घोषित %2 का श्रेणीगत कॉलम नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no values to condition on</source>
        <translation>&quot;%1&quot; में शर्त के लिए कोई मान नहीं है</translation>
    </message>
    <message>
        <source>a law of another kind of value; the laws of one column must all be categorical, all whole numbers or all real numbers</source>
        <translation>दूसरे प्रकार के मानों का वितरण; एक कॉलम के सभी वितरण या तो श्रेणीगत हों, या सभी पूर्ण संख्याएँ, या सभी वास्तविक संख्याएँ</translation>
    </message>
    <message>
        <source>expected an array of column declarations, got %1</source>
        <translation>कॉलम घोषणाओं की सूची अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected at most %1 declared columns</source>
        <translation>अधिकतम %1 घोषित कॉलम अपेक्षित</translation>
    </message>
    <message>
        <source>missing entry for &quot;%1&quot; listed in %2; expected one per label</source>
        <translation>%2 में सूचीबद्ध &quot;%1&quot; की प्रविष्टि नहीं है; हर लेबल के लिए एक अपेक्षित</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of %2; expected only those labels</source>
        <translation>&quot;%1&quot; %2 का लेबल नहीं है; केवल वही लेबल अपेक्षित</translation>
    </message>
    <message>
        <source>expected a whole-number label in [%1, %2]</source>
        <translation>[%1, %2] में पूर्ण संख्या वाला लेबल अपेक्षित</translation>
    </message>
    <message>
        <source>empty name; expected a short name</source>
        <translation>खाली नाम; एक छोटा नाम अपेक्षित</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>&quot;%1&quot; तारीख नहीं है; YYYY-MM-DD अपेक्षित</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range; expected a date from 1900-01-01 to 2899-12-31</source>
        <translation>&quot;%1&quot; सीमा से बाहर है; 1900-01-01 से 2899-12-31 तक की तारीख अपेक्षित</translation>
    </message>
    <message>
        <source>expected a whole number &gt; 0</source>
        <translation>0 से बड़ी पूर्ण संख्या अपेक्षित</translation>
    </message>
    <message>
        <source>counts too large; expected at most 50M students, 10M internships, 500M interactions</source>
        <translation>गिनतियाँ बहुत बड़ी हैं; अधिकतम 5 करोड़ छात्र, 1 करोड़ इंटर्नशिप और 50 करोड़ इंटरैक्शन अपेक्षित</translation>
    </message>
    <message>
        <source>max %1 is too large; expected at most %2 %3</source>
        <translation>अधिकतम %1 बहुत बड़ा है; अधिकतम %2 %3 अपेक्षित</translation>
    </message>
    <message>
        <source>skill &quot;%1&quot; appears in two categories; expected each skill once</source>
        <translation>कौशल &quot;%1&quot; दो श्रेणियों में है; हर कौशल एक ही बार अपेक्षित</translation>
    </message>
    <message>
        <source>%1 skills; expected at most 128</source>
        <translation>%1 कौशल; अधिकतम 128 अपेक्षित</translation>
    </message>
    <message>
        <source>company &quot;%1&quot; is listed twice; expected each company once</source>
        <translation>कंपनी &quot;%1&quot; दो बार सूचीबद्ध है; हर कंपनी एक ही बार अपेक्षित</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; has no entry in $.internships.positions; expected one of its keys</source>
        <translation>आकार &quot;%1&quot; की इंटर्नशिप के पदों में कोई प्रविष्टि नहीं है; उनमें से किसी एक आकार अपेक्षित</translation>
    </message>
    <message>
        <source>expected a range inside [0, 5]</source>
        <translation>[0, 5] के भीतर की सीमा अपेक्षित</translation>
    </message>
    <message>
        <source>unknown skill category &quot;%1&quot;; expected a key of $.skills</source>
        <translation>अज्ञात कौशल श्रेणी &quot;%1&quot;; कौशल सूची की कोई श्रेणी अपेक्षित</translation>
    </message>
    <message>
        <source>pool of %1 skills is smaller than $.students.skills_per_student.max (%2); expected a larger pool</source>
        <translation>%1 कौशलों का समूह प्रति छात्र कौशलों की अधिकतम संख्या (%2) से छोटा है; बड़ा समूह अपेक्षित</translation>
    </message>
    <message>
        <source>pool of %1 skills is smaller than $.students.interests_per_student.max; expected a larger pool</source>
        <translation>%1 कौशलों का समूह प्रति छात्र रुचियों की अधिकतम संख्या से छोटा है; बड़ा समूह अपेक्षित</translation>
    </message>
    <message>
        <source>expected a CGPA range inside [0, 10]</source>
        <translation>[0, 10] के भीतर की CGPA सीमा अपेक्षित</translation>
    </message>
    <message>
        <source>expected exactly the labels &quot;rural&quot; and &quot;urban&quot;</source>
        <translation>ठीक &quot;rural&quot; और &quot;urban&quot; लेबल अपेक्षित</translation>
    </message>
    <message>
        <source>expected 30 to 36500 days (profiles are at least 30 days old, so every student has time to apply)</source>
        <translation>30 से 36500 दिन अपेक्षित (प्रोफ़ाइल कम से कम 30 दिन पुरानी होती हैं, ताकि हर छात्र को आवेदन का समय मिले)</translation>
    </message>
    <message>
        <source>skill &quot;%1&quot; is not in $.skills; expected a listed skill</source>
        <translation>कौशल &quot;%1&quot; कौशल सूची में नहीं है; सूचीबद्ध कौशल अपेक्षित</translation>
    </message>
    <message>
        <source>skill &quot;%1&quot; (category &quot;%2&quot;) is in no stream&apos;s pool, so no student can hold it; expected a skill some stream can hold</source>
        <translation>कौशल &quot;%1&quot; (श्रेणी &quot;%2&quot;) किसी भी स्ट्रीम के समूह में नहीं है, इसलिए कोई छात्र इसे नहीं रख सकता; ऐसा कौशल अपेक्षित जो किसी स्ट्रीम के समूह में हो</translation>
    </message>
    <message>
        <source>pool of %1 skills is smaller than $.internships.required_skills.max; expected a larger pool</source>
        <translation>%1 कौशलों का समूह इंटर्नशिप के आवश्यक कौशलों की अधिकतम संख्या से छोटा है; बड़ा समूह अपेक्षित</translation>
    </message>
    <message>
        <source>expected 30 to 36500 days (postings are at least 30 days old)</source>
        <translation>30 से 36500 दिन अपेक्षित (पोस्टिंग कम से कम 30 दिन पुरानी होती हैं)</translation>
    </message>
    <message>
        <source>expected 1 to 36500 days</source>
        <translation>1 से 36500 दिन अपेक्षित</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;; expected the labels view, apply, shortlist, reject</source>
        <translation>&quot;%1&quot; नहीं है; view, apply, shortlist, reject लेबल अपेक्षित</translation>
    </message>
    <message>
        <source>expected exactly the labels view, apply, shortlist, reject</source>
        <translation>ठीक view, apply, shortlist, reject लेबल अपेक्षित</translation>
    </message>
    <message>
        <source>view and apply need weights &gt; 0 for applications to exist</source>
        <translation>आवेदन होने के लिए view और apply के भार 0 से बड़े होने चाहिए</translation>
    </message>
    <message>
        <source>expected 30 to 36500 days (applications are made at least 16 days before the reference date, so decisions precede it)</source>
        <translation>30 से 36500 दिन अपेक्षित (आवेदन संदर्भ तिथि से कम से कम 16 दिन पहले किए जाते हैं, ताकि निर्णय उससे पहले हो जाएँ)</translation>
    </message>
    <message>
        <source>more interactions than student-internship pairs; expected at most students x internships</source>
        <translation>इंटरैक्शन छात्र-इंटर्नशिप जोड़ियों से अधिक हैं; अधिकतम छात्र × इंटर्नशिप अपेक्षित</translation>
    </message>
    <message>
        <source>expected a number in (0, 1)</source>
        <translation>(0, 1) में संख्या अपेक्षित</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; expected a label of $.students.tiers</source>
        <translation>&quot;%1&quot; कोई टियर नहीं है; कॉलेज टियर का कोई लेबल अपेक्षित</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender; expected a label of $.students.gender</source>
        <translation>&quot;%1&quot; कोई लिंग नहीं है; लिंग का कोई लेबल अपेक्षित</translation>
    </message>
    <message>
        <source>apply (%1 of interactions) outnumbers view (%2), but every application follows a view; give view at least apply&apos;s weight</source>
        <translation>apply (इंटरैक्शन का %1) view (%2) से अधिक है, जबकि हर आवेदन किसी view के बाद होता है; view को कम से कम apply जितना भार दें</translation>
    </message>
    <message>
        <source>shortlist and reject together (%1 of interactions) outnumber apply (%2), but each closes one application; lower them or raise apply</source>
        <translation>shortlist और reject मिलकर (इंटरैक्शन का %1) apply (%2) से अधिक हैं, जबकि हर एक किसी एक आवेदन को बंद करता है; इन्हें घटाएँ या apply बढ़ाएँ</translation>
    </message>
    <message>
        <source>a success rate of %1 needs at least that share of applications to end in shortlist, but shortlist (%2 of interactions) is only %3 of apply (%4); lower the success rate to at most %3 or raise shortlist&apos;s share</source>
        <translation>%1 की सफलता दर के लिए कम से कम उतने हिस्से के आवेदनों का shortlist में समाप्त होना ज़रूरी है, पर shortlist (इंटरैक्शन का %2) apply (%4) का केवल %3 है; सफलता दर को अधिकतम %3 तक घटाएँ या shortlist का हिस्सा बढ़ाएँ</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>positions per internship</source>
        <translation>पद प्रति इंटर्नशिप</translation>
    </message>
    <message>
        <source>seconds (one day)</source>
        <translation>सेकंड (एक दिन)</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>(a year)</source>
        <translation>(एक वर्ष)</translation>
    </message>
    <message>
        <source>min &gt; max; expected min &lt;= max (equal for a flat stipend)</source>
        <translation>न्यूनतम &gt; अधिकतम; न्यूनतम &lt;= अधिकतम अपेक्षित (एकसमान वज़ीफ़े के लिए बराबर)</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;; expected students, internships, companies or outcomes</source>
        <translation>अज्ञात तालिका &quot;%1&quot;; students, internships, companies या outcomes अपेक्षित</translation>
    </message>
    <message>
        <source>an outcome column is known only after the outcome; expected &quot;post_outcome&quot; or &quot;ground_truth&quot;</source>
        <translation>परिणाम का कॉलम परिणाम के बाद ही ज्ञात होता है; &quot;post_outcome&quot; या &quot;ground_truth&quot; अपेक्षित</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parent column; internships have a parent row (companies.&lt;column&gt;), outcomes two (students.&lt;column&gt;, internships.&lt;column&gt;)</source>
        <translation>&quot;%1&quot; मूल पंक्ति का कॉलम नहीं है; इंटर्नशिप की एक मूल पंक्ति होती है (companies.&lt;column&gt;), परिणामों की दो (students.&lt;column&gt;, internships.&lt;column&gt;)</translation>
    </message>
    <message>
        <source>missing law; every value of %1 needs one (null leaves its rows empty)</source>
        <translation>वितरण नहीं है; %1 के हर मान के लिए एक चाहिए (null उसकी पंक्तियाँ खाली छोड़ता है)</translation>
    </message>
    <message>
        <source>every value of %1 leaves the column empty; expected a law for one at least</source>
        <translation>%1 का हर मान कॉलम को खाली छोड़ता है; कम से कम एक के लिए वितरण अपेक्षित</translation>
    </message>
    <message>
        <source>expected a whole number of applications &gt;= 1, or no limit (left out)</source>
        <translation>आवेदनों की पूर्ण संख्या &gt;= 1 अपेक्षित, या कोई सीमा नहीं (छोड़ दें)</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;; expected students, internships, companies, interactions or outcomes</source>
        <translation>अज्ञात तालिका &quot;%1&quot;; students, internships, companies, interactions या outcomes अपेक्षित</translation>
    </message>
    <message>
        <source>a share of distinct values; expected share_by or distinct</source>
        <translation>भिन्न मानों का हिस्सा; share_by या distinct में से एक अपेक्षित</translation>
    </message>
    <message>
        <source>expected exactly one of share_of and top</source>
        <translation>share_of और top में से ठीक एक अपेक्षित</translation>
    </message>
    <message>
        <source>expected a share in [0, 1], got %1</source>
        <translation>[0, 1] में हिस्सा अपेक्षित था, मिला %1</translation>
    </message>
    <message>
        <source>expected a share in [0, 1), got %1</source>
        <translation>[0, 1) में हिस्सा अपेक्षित था, मिला %1</translation>
    </message>
    <message>
        <source>expected a count between 0 and 1e12, got %1</source>
        <translation>0 और 1e12 के बीच गिनती अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>expected an array of published figures, got %1</source>
        <translation>प्रकाशित आँकड़ों की सूची अपेक्षित थी, मिला %1</translation>
    </message>
    <message>
        <source>%1 figures; expected at most %2</source>
        <translation>%1 आँकड़े; अधिकतम %2 अपेक्षित</translation>
    </message>
    <message>
        <source>figure &quot;%1&quot; is listed twice; expected distinct figures</source>
        <translation>आँकड़ा &quot;%1&quot; दो बार सूचीबद्ध है; अलग-अलग आँकड़े अपेक्षित</translation>
    </message>
    <message>
        <source>expected a whole number of offers &gt;= 1, or no limit (left out)</source>
        <translation>प्रस्तावों की पूर्ण संख्या &gt;= 1 अपेक्षित, या कोई सीमा नहीं (छोड़ दें)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; expected &quot;feature&quot;, &quot;protected&quot;, &quot;post_outcome&quot; or &quot;ground_truth&quot;</source>
        <translation>अज्ञात भूमिका &quot;%1&quot;; &quot;feature&quot;, &quot;protected&quot;, &quot;post_outcome&quot; या &quot;ground_truth&quot; अपेक्षित</translation>
    </message>
    <message>
        <source>a protected column is a group of students; expected it in students</source>
        <translation>संरक्षित कॉलम विद्यार्थियों का समूह है; इसे students में अपेक्षित</translation>
    </message>
    <message>
        <source>a protected column holds groups; expected a categorical law</source>
        <translation>संरक्षित कॉलम में समूह होते हैं; श्रेणीगत नियम अपेक्षित</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Synthetic datasets of the PM Internship Scheme</source>
        <translation>प्रधानमंत्री इंटर्नशिप योजना के कृत्रिम डेटासेट</translation>
    </message>
    <message>
        <source>A scenario file (.pmis.json) to open.</source>
        <translation>खोलने के लिए परिदृश्य फ़ाइल (.pmis.json)।</translation>
    </message>
    <message>
        <source>Use the interface language CODE (%1) from now on.</source>
        <translation>अब से इंटरफ़ेस की भाषा CODE (%1) रखें।</translation>
    </message>
    <message>
        <source>Render the main views to PNG files in DIR and quit.</source>
        <translation>मुख्य दृश्यों को DIR में PNG फ़ाइलों के रूप में बनाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; expected one of: %2.</source>
        <translation>अज्ञात भाषा &quot;%1&quot;; इनमें से एक अपेक्षित है: %2।</translation>
    </message>
</context>
<context>
    <name>pmis::AddColumnDialog</name>
    <message>
        <source>Add Column</source>
        <translation>कॉलम जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>तालिका(&amp;T):</translation>
    </message>
    <message>
        <source>lower case letters, digits and _, e.g. social_group</source>
        <translation>छोटे अक्षर, अंक और _, जैसे social_group</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>इकाई(&amp;U):</translation>
    </message>
    <message>
        <source>Categorical: values with shares</source>
        <translation>श्रेणीगत: हिस्सों के साथ मान</translation>
    </message>
    <message>
        <source>Zipf: values ranked, the first most common</source>
        <translation>ज़िफ़: क्रमित मान, पहला सबसे आम</translation>
    </message>
    <message>
        <source>Normal, truncated to a range</source>
        <translation>सामान्य, एक सीमा तक काटा गया</translation>
    </message>
    <message>
        <source>Log-normal, truncated to a range</source>
        <translation>लॉग-सामान्य, एक सीमा तक काटा गया</translation>
    </message>
    <message>
        <source>Uniform over a range</source>
        <translation>एक सीमा पर समान</translation>
    </message>
    <message>
        <source>Whole numbers, uniform over a range</source>
        <translation>पूर्ण संख्याएँ, एक सीमा पर समान</translation>
    </message>
    <message>
        <source>Counts (Poisson)</source>
        <translation>गिनतियाँ (पॉइसन)</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>नियम(&amp;L):</translation>
    </message>
    <message>
        <source>e.g. SC = 16.6, ST = 8.6, OBC = 42, General = 32.8</source>
        <translation>जैसे SC = 16.6, ST = 8.6, OBC = 42, General = 32.8</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>मान(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Exponent:</source>
        <translation>घातांक(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Mean:</source>
        <translation>माध्य(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Standard deviation:</source>
        <translation>मानक विचलन(&amp;S):</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>न्यूनतम(&amp;I):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>अधिकतम(&amp;X):</translation>
    </message>
    <message>
        <source>Values: &quot;%1&quot; is not a value = weight</source>
        <translation>मान: &quot;%1&quot; मान = भार के रूप में नहीं है</translation>
    </message>
    <message>
        <source>Name: the column needs a name</source>
        <translation>नाम: कॉलम को एक नाम चाहिए</translation>
    </message>
    <message>
        <source>Values: list the column&apos;s values, e.g. &quot;yes = 3, no = 1&quot;</source>
        <translation>मान: कॉलम के मान लिखें, जैसे &quot;yes = 3, no = 1&quot;</translation>
    </message>
    <message>
        <source>&amp;Given:</source>
        <translation>शर्त(&amp;G):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>जब</translation>
    </message>
    <message>
        <source>Values (empty: the row stays empty)</source>
        <translation>मान (खाली: पंक्ति खाली रहती है)</translation>
    </message>
    <message>
        <source>Values &amp;per condition:</source>
        <translation>हर शर्त के मान(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Protected group: offered by the recommender&apos;s fairness views, never a feature</source>
        <translation>संरक्षित समूह(&amp;P): अनुशंसक के निष्पक्षता दृश्यों में दिखता है, कभी फ़ीचर नहीं</translation>
    </message>
    <message>
        <source>(nothing: one law for every row)</source>
        <translation>(कुछ नहीं: हर पंक्ति के लिए एक नियम)</translation>
    </message>
    <message>
        <source>Given: a condition here takes a categorical or Zipf law, one list of values per value of the condition; write other laws per value in the scenario file</source>
        <translation>शर्त: यहाँ शर्त के साथ श्रेणीगत या Zipf नियम ही चलता है, शर्त के हर मान के लिए मानों की एक सूची; दूसरे नियम हर मान के लिए परिदृश्य फ़ाइल में लिखें</translation>
    </message>
</context>
<context>
    <name>pmis::BackgroundJob</name>
    <message>
        <source>The work stopped without a result.</source>
        <translation>कार्य बिना परिणाम के रुक गया।</translation>
    </message>
</context>
<context>
    <name>pmis::ChartWidget</name>
    <message>
        <source>target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>preview sample</source>
        <translation>पूर्वावलोकन नमूना</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>PNG के रूप में सहेजें(&amp;P)…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>चार्ट सहेजें</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 नहीं लिखी जा सकी।</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें(&amp;D)…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>चित्र की प्रतिलिपि बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>अभी दिखाने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>No values to show.</source>
        <translation>दिखाने के लिए कोई मान नहीं है।</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>उत्पन्न</translation>
    </message>
</context>
<context>
    <name>pmis::ChoiceEditor</name>
    <message>
        <source>Change %1</source>
        <translation>%1 बदलें</translation>
    </message>
</context>
<context>
    <name>pmis::ColumnChartPanel</name>
    <message>
        <source>Chart any column: &amp;table</source>
        <translation>किसी भी कॉलम का चार्ट: तालिका(&amp;T)</translation>
    </message>
    <message>
        <source>c&amp;olumn</source>
        <translation>कॉलम(&amp;O)</translation>
    </message>
    <message>
        <source>A column of %1</source>
        <translation>%1 का एक कॉलम</translation>
    </message>
    <message>
        <source>This table has no column to chart.</source>
        <translation>इस तालिका में चार्ट के लिए कोई कॉलम नहीं है।</translation>
    </message>
    <message>
        <source>Generate a dataset (F5) to chart its columns.</source>
        <translation>कॉलमों का चार्ट देखने के लिए डेटासेट बनाएँ (F5)।</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>%1.%2 (%3 of %4 rows empty)</source>
        <translation>%1.%2 (%4 में से %3 पंक्तियाँ खाली)</translation>
    </message>
    <message>
        <source>Every cell of this column is empty.</source>
        <translation>इस कॉलम का हर सेल खाली है।</translation>
    </message>
</context>
<context>
    <name>pmis::ColumnStatsPanel</name>
    <message>
        <source>Select a column to see its statistics.</source>
        <translation>आँकड़े देखने के लिए कोई स्तंभ चुनें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Computing…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;गणना हो रही है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type: %2&lt;br&gt;Rows: %3&lt;br&gt;Nulls: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;प्रकार: %2&lt;br&gt;पंक्तियाँ: %3&lt;br&gt;रिक्त मान: %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Min: %1&lt;br&gt;Max: %2&lt;br&gt;Mean: %3&lt;br&gt;SD: %4</source>
        <translation>&lt;br&gt;न्यूनतम: %1&lt;br&gt;अधिकतम: %2&lt;br&gt;माध्य: %3&lt;br&gt;मानक विचलन: %4</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>&lt;br&gt;Distinct: %1</source>
        <translation>&lt;br&gt;भिन्न मान: %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>&lt;br&gt;Every ID is unique.</source>
        <translation>&lt;br&gt;हर ID अद्वितीय है।</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rows repeating an ID: %1</source>
        <translation>&lt;br&gt;किसी ID को दोहराने वाली पंक्तियाँ: %1</translation>
    </message>
    <message>
        <source>Most repeated:</source>
        <translation>सबसे अधिक दोहराए गए:</translation>
    </message>
    <message>
        <source>&lt;br&gt;Items per row: %1 to %2, mean %3</source>
        <translation>&lt;br&gt;प्रति पंक्ति आइटम: %1 से %2, माध्य %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Items in all rows: %1&lt;br&gt;Distinct values: %2</source>
        <translation>&lt;br&gt;सभी पंक्तियों में आइटम: %1&lt;br&gt;भिन्न मान: %2</translation>
    </message>
    <message>
        <source>Most frequent values:</source>
        <translation>सबसे अधिक बार आने वाले मान:</translation>
    </message>
    <message>
        <source>&lt;br&gt;First: %1&lt;br&gt;Last: %2&lt;br&gt;Span: %3&lt;br&gt;Mean: %4&lt;br&gt;SD: %5</source>
        <translation>&lt;br&gt;पहला: %1&lt;br&gt;अंतिम: %2&lt;br&gt;अवधि: %3&lt;br&gt;माध्य: %4&lt;br&gt;मानक विचलन: %5</translation>
    </message>
    <message>
        <source>Top values:</source>
        <translation>सबसे अधिक मान:</translation>
    </message>
</context>
<context>
    <name>pmis::CompareDialog</name>
    <message>
        <source>Compare Datasets</source>
        <translation>डेटासेट की तुलना</translation>
    </message>
    <message>
        <source>Each side is a preset or a scenario file (generated for the comparison), or an exported folder of CSV files or SQLite file (read as it is).</source>
        <translation>हर पक्ष एक पूर्वनिर्धारित परिदृश्य या परिदृश्य फ़ाइल है (तुलना के लिए बनाया जाता है), या CSV फ़ाइलों का निर्यात किया गया फ़ोल्डर या SQLite फ़ाइल (जैसी है वैसी पढ़ी जाती है)।</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>आधार(&amp;B):</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>वर्तमान(&amp;U):</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>खोजें…</translation>
    </message>
    <message>
        <source>Scenario File…</source>
        <translation>परिदृश्य फ़ाइल…</translation>
    </message>
    <message>
        <source>Exported Folder…</source>
        <translation>निर्यात किया गया फ़ोल्डर…</translation>
    </message>
    <message>
        <source>Exported SQLite File…</source>
        <translation>निर्यात की गई SQLite फ़ाइल…</translation>
    </message>
    <message>
        <source>Compare a scenario file</source>
        <translation>परिदृश्य फ़ाइल की तुलना करें</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>परिदृश्य फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>Compare an exported folder</source>
        <translation>निर्यात किए गए फ़ोल्डर की तुलना करें</translation>
    </message>
    <message>
        <source>Compare an exported SQLite file</source>
        <translation>निर्यात की गई SQLite फ़ाइल की तुलना करें</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite फ़ाइलें (*.sqlite *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose a preset, a scenario file or an exported dataset.</source>
        <translation>कोई पूर्वनिर्धारित परिदृश्य, परिदृश्य फ़ाइल या निर्यात किया गया डेटासेट चुनें।</translation>
    </message>
    <message>
        <source>There is no preset, file or folder named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का कोई पूर्वनिर्धारित परिदृश्य, फ़ाइल या फ़ोल्डर नहीं है।</translation>
    </message>
</context>
<context>
    <name>pmis::CompareTab</name>
    <message>
        <source>Nothing to compare yet.

Generate a dataset, choose Generate &gt; Set as Baseline, change the scenario and generate again: every figure is compared with the baseline&apos;s.
Or choose File &gt; Compare... to compare two presets, scenario files or exported datasets.</source>
        <translation>अभी तुलना के लिए कुछ नहीं है।

डेटासेट बनाएँ, डेटासेट बनाएँ &gt; आधार बनाएँ चुनें, परिदृश्य बदलें और फिर से बनाएँ: हर आँकड़े की तुलना आधार के आँकड़े से होगी।
या दो पूर्वनिर्धारित परिदृश्यों, परिदृश्य फ़ाइलों या निर्यात किए गए डेटासेट की तुलना के लिए फ़ाइल &gt; तुलना करें... चुनें।</translation>
    </message>
    <message>
        <source>Baseline: %1.

Change the scenario and generate (F5): the new dataset is compared with the baseline.</source>
        <translation>आधार: %1।

परिदृश्य बदलें और डेटासेट बनाएँ (F5): नए डेटासेट की तुलना आधार से होगी।</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 की तुलना %2 से हो रही है…</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>तुलना नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Clear Baseline</source>
        <translation>आधार हटाएँ</translation>
    </message>
    <message>
        <source>Only differences beyond the noise</source>
        <translation>केवल शोर से बड़े अंतर</translation>
    </message>
    <message>
        <source>Baseline: %1
Current: %2</source>
        <translation>आधार: %1
वर्तमान: %2</translation>
    </message>
    <message>
        <source>The two scenarios have the same parameters.</source>
        <translation>दोनों परिदृश्यों के मापदंड एक जैसे हैं।</translation>
    </message>
    <message>
        <source>Scenario parameters that differ: %1</source>
        <translation>अलग मापदंड: %1</translation>
    </message>
    <message>
        <source>%1 of %2 figures differ by more than the sampling noise (%3% level for the whole table: two datasets of one scenario show no such difference 99 times in 100).</source>
        <translation>%2 में से %1 आँकड़ों का अंतर नमूना-शोर से बड़ा है (पूरी तालिका के लिए %3% स्तर: एक ही परिदृश्य के दो डेटासेट 100 में से 99 बार ऐसा कोई अंतर नहीं दिखाते)।</translation>
    </message>
</context>
<context>
    <name>pmis::ComparedFigureModel</name>
    <message>
        <source>%1: rows</source>
        <translation>%1: पंक्तियाँ</translation>
    </message>
    <message>
        <source>%1.%2: mean</source>
        <translation>%1.%2: माध्य</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 प्रतिशत अंक</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>beyond the noise</source>
        <translation>शोर से बड़ा</translation>
    </message>
    <message>
        <source>within the noise</source>
        <translation>शोर के भीतर</translation>
    </message>
    <message>
        <source>%1
Computed over %2 rows of the baseline and %3 of the current dataset.</source>
        <translation>%1
आधार की %2 और वर्तमान डेटासेट की %3 पंक्तियों पर गणना।</translation>
    </message>
    <message>
        <source>The scenario sets this count: it has no sampling noise.</source>
        <translation>यह गिनती परिदृश्य तय करता है: इसमें नमूना-शोर नहीं है।</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>वर्तमान</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Sampling noise</source>
        <translation>नमूना-शोर</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>निष्कर्ष</translation>
    </message>
</context>
<context>
    <name>pmis::DataTab</name>
    <message>
        <source>Table:</source>
        <translation>तालिका:</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>क्रमबद्ध हो रहा है…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>फ़िल्टर लागू हो रहा है…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filter by This Value</source>
        <translation>इस मान से फ़िल्टर करें(&amp;F)</translation>
    </message>
    <message>
        <source>Sort &amp;Ascending</source>
        <translation>आरोही क्रम में लगाएँ(&amp;A)</translation>
    </message>
    <message>
        <source>Sort &amp;Descending</source>
        <translation>अवरोही क्रम में लगाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Statistics of This Column</source>
        <translation>इस स्तंभ के आँकड़े(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resize Column to Contents</source>
        <translation>स्तंभ को सामग्री के अनुसार चौड़ा करें(&amp;R)</translation>
    </message>
    <message>
        <source>Resize &amp;All Columns</source>
        <translation>सभी स्तंभों का आकार ठीक करें(&amp;A)</translation>
    </message>
</context>
<context>
    <name>pmis::DatasetTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pmis::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>निर्यात करें</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>All five tables as CSV, with the metadata, into a folder</source>
        <translation>पाँचों तालिकाएँ CSV के रूप में, मेटाडेटा सहित, एक फ़ोल्डर में</translation>
    </message>
    <message>
        <source>The metadata JSON (seed, scenario hash, counts, target vs realized shares)</source>
        <translation>मेटाडेटा JSON (बीज, परिदृश्य हैश, संख्याएँ, लक्ष्य बनाम प्राप्त हिस्से)</translation>
    </message>
    <message>
        <source>One SQLite database (typed tables, primary and foreign keys, indexes)</source>
        <translation>एक SQLite डेटाबेस (प्रकार-युक्त तालिकाएँ, प्राथमिक और विदेशी कुंजियाँ, सूचकांक)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>खोजें…</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>गंतव्य:</translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation>CSV विकल्प</translation>
    </message>
    <message>
        <source>Include the ground-truth column outcomes.true_probability</source>
        <translation>वास्तविक-मान वाला स्तंभ outcomes.true_probability शामिल करें</translation>
    </message>
    <message>
        <source>Neutralise cells a spreadsheet would run as a formula</source>
        <translation>वे कक्ष निष्प्रभावी करें जिन्हें स्प्रेडशीट सूत्र के रूप में चला देगी</translation>
    </message>
    <message>
        <source>Writes enhanced_&lt;table&gt;.csv for the five tables and %1; files already there are replaced only when every file was written.</source>
        <translation>पाँचों तालिकाओं के लिए enhanced_&lt;table&gt;.csv और %1 लिखता है; पहले से मौजूद फ़ाइलें तभी बदली जाती हैं जब हर फ़ाइल लिखी जा चुकी हो।</translation>
    </message>
    <message>
        <source>Writes the rows of the Data tab in the order shown.</source>
        <translation>डेटा टैब की पंक्तियाँ दिखाए गए क्रम में लिखता है।</translation>
    </message>
    <message>
        <source>Writes the metadata document alone.</source>
        <translation>केवल मेटाडेटा दस्तावेज़ लिखता है।</translation>
    </message>
    <message>
        <source>Writes the five tables and the metadata into one database file.</source>
        <translation>पाँचों तालिकाएँ और मेटाडेटा एक डेटाबेस फ़ाइल में लिखता है।</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>फ़ोल्डर में निर्यात करें</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>फ़ाइल में निर्यात करें</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>चुनें कि निर्यात कहाँ करना है।</translation>
    </message>
    <message numerus="yes">
        <source>The current table as shown: %1, %Ln row(s) (filtered and sorted)</source>
        <translation>
            <numerusform>दिखाई गई वर्तमान तालिका: %1, %Ln पंक्ति (फ़िल्टर और क्रमबद्ध की हुई)</numerusform>
            <numerusform>दिखाई गई वर्तमान तालिका: %1, %Ln पंक्तियाँ (फ़िल्टर और क्रमबद्ध की हुई)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>The shown rows of %1 with every related row of the other tables, into a folder</source>
        <translation>%1 की दिखाई गई पंक्तियाँ, अन्य तालिकाओं की हर संबंधित पंक्ति के साथ, एक फ़ोल्डर में</translation>
    </message>
    <message>
        <source>Writes the five tables holding the shown rows, the rows they refer to and the rows that refer to them, so no key dangles; the metadata says what was selected.</source>
        <translation>दिखाई गई पंक्तियों, उनके द्वारा संदर्भित पंक्तियों और उन्हें संदर्भित करने वाली पंक्तियों वाली पाँचों तालिकाएँ लिखता है, ताकि कोई कुंजी अनाथ न रहे; मेटाडेटा बताता है कि क्या चुना गया था।</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Metadata JSON</source>
        <translation>मेटाडेटा JSON</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite डेटाबेस</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The current table as shown, as %1: %2, %Ln row(s) (filtered and sorted)</source>
        <translation>
            <numerusform>दिखाई गई वर्तमान तालिका, %1 के रूप में: %2, %Ln पंक्ति (फ़िल्टर और क्रमबद्ध की हुई)</numerusform>
            <numerusform>दिखाई गई वर्तमान तालिका, %1 के रूप में: %2, %Ln पंक्तियाँ (फ़िल्टर और क्रमबद्ध की हुई)</numerusform>
        </translation>
    </message>
    <message>
        <source>The shown rows of %1 with every related row of the other tables, as %2</source>
        <translation>%1 की दिखाई गई पंक्तियाँ, अन्य तालिकाओं की हर संबंधित पंक्ति के साथ, %2 के रूप में</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>रिपोर्ट (PDF)</translation>
    </message>
    <message>
        <source>The dataset report: a multi-page PDF of charts, checks and the recommender&apos;s evaluation</source>
        <translation>डेटासेट रिपोर्ट: चार्ट, जाँचों और अनुशंसक के मूल्यांकन की कई पृष्ठों वाली PDF</translation>
    </message>
    <message>
        <source>Writes an A4 PDF in the interface language: the scenario and its parameters, every Overview chart, the quality checks, the recommender&apos;s evaluation, the fairness audit and, when a baseline is set, the comparison with it.</source>
        <translation>इंटरफ़ेस की भाषा में A4 PDF लिखता है: परिदृश्य और उसके मापदंड, अवलोकन का हर चार्ट, गुणवत्ता जाँचें, अनुशंसक का मूल्यांकन, निष्पक्षता ऑडिट और, आधार-रेखा तय होने पर, उससे तुलना।</translation>
    </message>
</context>
<context>
    <name>pmis::FieldEditor</name>
    <message>
        <source>Not applied: %1</source>
        <translation>लागू नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 नहीं बदला गया: %2</translation>
    </message>
</context>
<context>
    <name>pmis::FilterBar</name>
    <message>
        <source>Filter:</source>
        <translation>फ़िल्टर:</translation>
    </message>
    <message>
        <source>e.g. cgpa &gt;= 8 and college_tier = &quot;Tier-1&quot;</source>
        <translation>उदा. cgpa &gt;= 8 and college_tier = &quot;Tier-1&quot;</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>At character %1: %2</source>
        <translation>अक्षर %1 पर: %2</translation>
    </message>
    <message>
        <source>filter not applied</source>
        <translation>फ़िल्टर लागू नहीं हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%Ln पंक्ति में से %1</numerusform>
            <numerusform>%Ln पंक्तियों में से %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmis::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: रद्द हो रहा है…</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n कार्य चल रहा है</numerusform>
            <numerusform>%n कार्य चल रहे हैं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmis::KeyedListEditor</name>
    <message>
        <source>New…</source>
        <translation>नया…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>नया %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 जोड़ें</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 का नाम बदलकर %2 करें</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; expected a new name</source>
        <translation>&quot;%1&quot; पहले से मौजूद है; नया नाम अपेक्षित है</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>नया नाम:</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 मिटाएँ</translation>
    </message>
    <message>
        <source>The value to add; only known values can be added</source>
        <translation>जोड़ने के लिए मान; केवल ज्ञात मान जोड़े जा सकते हैं</translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation>नाम रिक्त नहीं हो सकता</translation>
    </message>
</context>
<context>
    <name>pmis::MainWindow</name>
    <message>
        <source>No dataset yet: press F5 to generate.</source>
        <translation>अभी कोई डेटासेट नहीं: बनाने के लिए F5 दबाएँ।</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>डेटासेट बन रहा है</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>डेटासेट बनाएँ</translation>
    </message>
    <message>
        <source>The dataset could not be generated:
%1</source>
        <translation>डेटासेट नहीं बनाया जा सका:
%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>गुणवत्ता</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>अनुशंसक</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>नया(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>इस रूप में सहेजें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>All Tables as &amp;CSV…</source>
        <translation>सभी तालिकाएँ CSV के रूप में(&amp;C)…</translation>
    </message>
    <message>
        <source>Current &amp;Table as Shown…</source>
        <translation>वर्तमान तालिका, जैसी दिख रही है(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;SQLite Database…</source>
        <translation>SQLite डेटाबेस(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Metadata JSON…</source>
        <translation>मेटाडेटा JSON(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>वरीयताएँ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>डेटासेट बनाएँ(&amp;G)</translation>
    </message>
    <message>
        <source>Generate the dataset (F5)</source>
        <translation>डेटासेट बनाएँ (F5)</translation>
    </message>
    <message>
        <source>New &amp;Seed</source>
        <translation>नया बीज(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>प्रस्तुति दृश्य(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>उपयोगकर्ता मार्गदर्शिका(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About PMIS Dataset Studio</source>
        <translation>PMIS डेटासेट स्टूडियो के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>हाल की फ़ाइलें खोलें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>पूर्वनिर्धारित परिदृश्य(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>निर्यात(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>%1[*] — PMIS Dataset Studio</source>
        <translation>%1[*] — PMIS डेटासेट स्टूडियो</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>The scenario %1 has unsaved changes. Save them?</source>
        <translation>परिदृश्य %1 में बिना सहेजे बदलाव हैं। क्या उन्हें सहेजें?</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>पूर्वनिर्धारित परिदृश्य</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>परिदृश्य खोलें</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>परिदृश्य सहेजें</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सहेजी गई</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>परिदृश्य इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>%1 students · %2 internships · %3 interactions · %4 companies · %5 outcomes · seed %6 · %7 s</source>
        <translation>%1 छात्र · %2 इंटर्नशिप · %3 अंतःक्रियाएँ · %4 कंपनियाँ · %5 परिणाम · बीज %6 · %7 सेकंड</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Generate a dataset first (F5).</source>
        <translation>पहले डेटासेट बनाएँ (F5)।</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>निर्यात हो रहा है</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>निर्यात विफल</translation>
    </message>
    <message>
        <source>Export cancelled; no file was replaced.</source>
        <translation>निर्यात रद्द हुआ; कोई फ़ाइल नहीं बदली गई।</translation>
    </message>
    <message>
        <source>About PMIS Dataset Studio</source>
        <translation>PMIS डेटासेट स्टूडियो के बारे में</translation>
    </message>
    <message>
        <source>PMIS scenarios (*.pmis.json *.json);;All files (*)</source>
        <translation>PMIS परिदृश्य (*.pmis.json *.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>पूर्ववत करें: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>फिर से करें: %1(&amp;R)</translation>
    </message>
    <message>
        <source>Import a dataset folder</source>
        <translation>डेटासेट फ़ोल्डर आयात करें</translation>
    </message>
    <message>
        <source>Import a SQLite database</source>
        <translation>SQLite डेटाबेस आयात करें</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite डेटाबेस (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>आयात विफल रहा</translation>
    </message>
    <message>
        <source>The dataset could not be imported:
%1</source>
        <translation>डेटासेट आयात नहीं किया जा सका:
%1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>आयात हो रहा है</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln error(s)</source>
        <translation>
            <numerusform>%1 आयात किया गया: %Ln त्रुटि</numerusform>
            <numerusform>%1 आयात किया गया: %Ln त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln चेतावनी</numerusform>
            <numerusform>%Ln चेतावनियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported with problems: %Ln error(s)</source>
        <translation>
            <numerusform>%1 समस्याओं के साथ आयात किया गया: %Ln त्रुटि</numerusform>
            <numerusform>%1 समस्याओं के साथ आयात किया गया: %Ln त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that could be read were loaded; unreadable cells are empty. The Quality tab checks what was loaded.</source>
        <translation>जो पंक्तियाँ पढ़ी जा सकीं, वे लोड कर दी गई हैं; जो सेल पढ़े नहीं जा सके, वे खाली हैं। गुणवत्ता टैब लोड किए गए डेटा की जाँच करता है।</translation>
    </message>
    <message>
        <source>Shown Rows with &amp;Related Rows…</source>
        <translation>संबंधित पंक्तियों सहित दिखाई गई पंक्तियाँ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import Dataset Folder…</source>
        <translation>डेटासेट फ़ोल्डर आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Import SQLite &amp;Database…</source>
        <translation>SQLite डेटाबेस आयात करें(&amp;D)…</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>फ़ाइल अब मौजूद नहीं है</translation>
    </message>
    <message>
        <source>The last scenario, %1, could not be reopened: %2. The preset scenario is open instead.</source>
        <translation>पिछला परिदृश्य, %1, फिर से नहीं खोला जा सका: %2। उसकी जगह पूर्वनिर्धारित परिदृश्य खुला है।</translation>
    </message>
    <message>
        <source>Checking quality</source>
        <translation>गुणवत्ता की जाँच हो रही है</translation>
    </message>
    <message>
        <source>Quality check cancelled.</source>
        <translation>गुणवत्ता जाँच रद्द की गई।</translation>
    </message>
    <message>
        <source>Generation cancelled; %1</source>
        <translation>डेटासेट बनाना रद्द हुआ; %1</translation>
    </message>
    <message>
        <source>Training the recommender</source>
        <translation>अनुशंसक को प्रशिक्षित किया जा रहा है</translation>
    </message>
    <message>
        <source>Recommender training cancelled.</source>
        <translation>अनुशंसक का प्रशिक्षण रद्द किया गया।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not open the scenario:
%1</source>
        <translation>परिदृश्य नहीं खोला जा सका:
%1</translation>
    </message>
    <message>
        <source>Could not save the scenario:
%1</source>
        <translation>परिदृश्य नहीं सहेजा जा सका:
%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stop the running job(s)?

%1</source>
        <translation>चल रहे कार्य रोकें?

%1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>चलने दें</translation>
    </message>
    <message>
        <source>the previous dataset is kept.</source>
        <translation>पिछला डेटासेट रखा गया है।</translation>
    </message>
    <message>
        <source>there is no dataset yet.</source>
        <translation>अभी कोई डेटासेट नहीं है।</translation>
    </message>
    <message>
        <source>Could not export:
%1</source>
        <translation>निर्यात नहीं हो सका:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln file(s) to %1</source>
        <translation>
            <numerusform>%Ln फ़ाइल %1 में निर्यात हुई</numerusform>
            <numerusform>%Ln फ़ाइलें %1 में निर्यात हुईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; %1</source>
        <translation>आयात रद्द किया गया; %1</translation>
    </message>
    <message>
        <source>Stop the running jobs (Esc); asks first</source>
        <translation>चल रहे कार्य रोकें (Esc); पहले पूछता है</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>The dataset being made is dropped; %1</source>
        <translation>बन रहा डेटासेट छोड़ दिया जाएगा; %1</translation>
    </message>
    <message>
        <source>Baseline set: %1. Change the scenario and generate: the Compare tab compares the new dataset with it.</source>
        <translation>आधार तय: %1। परिदृश्य बदलें और डेटासेट बनाएँ: तुलना टैब नए डेटासेट की तुलना इससे करेगा।</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>तुलना हो रही है</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>तुलना रद्द की गई।</translation>
    </message>
    <message>
        <source>%1, seed %2, made at %3</source>
        <translation>%1, बीज %2, %3 पर बना</translation>
    </message>
    <message>
        <source>Set as &amp;Baseline</source>
        <translation>आधार बनाएँ(&amp;B)</translation>
    </message>
    <message>
        <source>Keep this dataset to compare the next ones with (Compare tab)</source>
        <translation>अगले डेटासेट की तुलना के लिए यह डेटासेट रखें (तुलना टैब)</translation>
    </message>
    <message>
        <source>C&amp;lear Baseline</source>
        <translation>आधार हटाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>तुलना करें(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PMIS Dataset Studio %1&lt;/h3&gt;&lt;p&gt;Synthetic datasets of India&apos;s PM Internship Scheme: students, internships, companies, interactions and outcomes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party software&lt;/b&gt;&lt;br&gt;Qt %2 — LGPL-3.0 (The Qt Company)&lt;br&gt;QCustomPlot — GPL-3.0 (Emanuel Eichhammer)&lt;br&gt;nlohmann/json — MIT (Niels Lohmann)&lt;br&gt;SQLite — public domain&lt;br&gt;OpenSSL (libcrypto) — Apache-2.0&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PMIS डेटासेट स्टूडियो %1&lt;/h3&gt;&lt;p&gt;भारत की प्रधानमंत्री इंटर्नशिप योजना के कृत्रिम डेटासेट: छात्र, इंटर्नशिप, कंपनियाँ, अंतःक्रियाएँ और परिणाम।&lt;/p&gt;&lt;p&gt;GNU जनरल पब्लिक लाइसेंस, संस्करण 3 या (आपके विकल्प पर) किसी भी बाद के संस्करण (GPL-3.0-or-later) के अंतर्गत लाइसेंस प्राप्त।&lt;/p&gt;&lt;p&gt;&lt;b&gt;तृतीय-पक्ष सॉफ़्टवेयर&lt;/b&gt;&lt;br&gt;Qt %2 — LGPL-3.0 (The Qt Company)&lt;br&gt;QCustomPlot — GPL-3.0 (Emanuel Eichhammer)&lt;br&gt;nlohmann/json — MIT (Niels Lohmann)&lt;br&gt;SQLite — सार्वजनिक डोमेन&lt;br&gt;OpenSSL (libcrypto) — Apache-2.0&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;port (PDF)…</source>
        <translation>रिपोर्ट (PDF)(&amp;P)…</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>प्रस्तुति</translation>
    </message>
    <message>
        <source>Full-screen pages for a projector (F11); Page Down steps, Esc leaves</source>
        <translation>प्रोजेक्टर के लिए पूर्ण-स्क्रीन पृष्ठ (F11); Page Down से आगे, Esc से बाहर</translation>
    </message>
    <message>
        <source>Computing the overview</source>
        <translation>अवलोकन की गणना हो रही है</translation>
    </message>
    <message>
        <source>Computing the baseline&apos;s overview</source>
        <translation>आधार-रेखा के अवलोकन की गणना हो रही है</translation>
    </message>
    <message>
        <source>Filtering and sorting</source>
        <translation>छाँटा और क्रमित किया जा रहा है</translation>
    </message>
    <message>
        <source>Summarising the column</source>
        <translation>कॉलम का सारांश बन रहा है</translation>
    </message>
    <message>
        <source>Preparing the presentation</source>
        <translation>प्रस्तुति तैयार हो रही है</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>कॉलम %1 जोड़ें</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>कॉलम जोड़ें</translation>
    </message>
    <message>
        <source>No declared columns</source>
        <translation>कोई घोषित कॉलम नहीं</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>कॉलम %1 हटाएँ</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>कॉलम हटाएँ</translation>
    </message>
    <message>
        <source>Add &amp;Column…</source>
        <translation>कॉलम जोड़ें(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move Column</source>
        <translation>कॉलम हटाएँ(&amp;M)</translation>
    </message>
</context>
<context>
    <name>pmis::NormalSpecEditor</name>
    <message>
        <source>Mean</source>
        <translation>माध्य</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>मानक विचलन</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>न्यूनतम</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 बदलें</translation>
    </message>
    <message>
        <source>share per bin</source>
        <translation>प्रति अंतराल हिस्सा</translation>
    </message>
</context>
<context>
    <name>pmis::NumbersEditor</name>
    <message>
        <source>Change %1</source>
        <translation>%1 बदलें</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 नहीं बदला गया: %2</translation>
    </message>
</context>
<context>
    <name>pmis::OverviewTab</name>
    <message>
        <source>Generate a dataset (F5) to see its overview.</source>
        <translation>अवलोकन देखने के लिए डेटासेट बनाएँ (F5)।</translation>
    </message>
    <message>
        <source>Students per college tier</source>
        <translation>कॉलेज श्रेणी के अनुसार छात्र</translation>
    </message>
    <message>
        <source>CGPA by tier</source>
        <translation>श्रेणी के अनुसार CGPA</translation>
    </message>
    <message>
        <source>Students per home city</source>
        <translation>गृह नगर के अनुसार छात्र</translation>
    </message>
    <message>
        <source>Top 20 skills: students vs internships</source>
        <translation>शीर्ष 20 कौशल: छात्र बनाम इंटर्नशिप</translation>
    </message>
    <message>
        <source>Stipend distribution</source>
        <translation>वज़ीफ़े का बंटन</translation>
    </message>
    <message>
        <source>Interactions per student</source>
        <translation>प्रति छात्र अंतःक्रियाएँ</translation>
    </message>
    <message>
        <source>Funnel: view → apply → shortlist → selected</source>
        <translation>कीप: देखना → आवेदन → संक्षिप्त सूची → चयन</translation>
    </message>
    <message>
        <source>Success rate by tier</source>
        <translation>श्रेणी के अनुसार सफलता दर</translation>
    </message>
    <message>
        <source>Rural / urban</source>
        <translation>ग्रामीण / शहरी</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>students</source>
        <translation>छात्र</translation>
    </message>
    <message>
        <source>CGPA</source>
        <translation>CGPA</translation>
    </message>
    <message>
        <source>density</source>
        <translation>घनत्व</translation>
    </message>
    <message>
        <source>students holding</source>
        <translation>कौशल वाले छात्र</translation>
    </message>
    <message>
        <source>internships requiring</source>
        <translation>कौशल माँगने वाली इंटर्नशिप</translation>
    </message>
    <message>
        <source>count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>INR per month</source>
        <translation>रुपये प्रति माह</translation>
    </message>
    <message>
        <source>internships</source>
        <translation>इंटर्नशिप</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>अंतःक्रियाएँ</translation>
    </message>
    <message>
        <source>view</source>
        <translation>देखना</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>shortlist</source>
        <translation>संक्षिप्त सूची</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>चयन</translation>
    </message>
    <message>
        <source>count (log scale)</source>
        <translation>संख्या (लघुगणकीय पैमाना)</translation>
    </message>
    <message>
        <source>The scenario has changed since this dataset was generated: the charts show the older data and targets. Generate again (F5) to update them.</source>
        <translation>यह डेटासेट बनने के बाद परिदृश्य बदल गया है: चार्ट पुराने डेटा और लक्ष्य दिखाते हैं। इन्हें अद्यतन करने के लिए फिर से जनरेट करें (F5)।</translation>
    </message>
    <message>
        <source>The students have no CGPA column.</source>
        <translation>छात्रों में CGPA स्तंभ नहीं है।</translation>
    </message>
    <message>
        <source>selected per application</source>
        <translation>प्रति आवेदन चयन</translation>
    </message>
    <message>
        <source>target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>target for all applications</source>
        <translation>सभी आवेदनों का लक्ष्य</translation>
    </message>
    <message>
        <source>target (dashed)</source>
        <translation>लक्ष्य (डैश रेखा)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>baseline (students holding)</source>
        <translation>आधार (कौशल वाले छात्र)</translation>
    </message>
    <message>
        <source>baseline (dotted)</source>
        <translation>आधार (बिंदु रेखा)</translation>
    </message>
    <message>
        <source>Published figures beside the generated data</source>
        <translation>प्रकाशित आँकड़े, बनाए गए डेटा के साथ</translation>
    </message>
    <message>
        <source>published</source>
        <translation>प्रकाशित</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>बनाया गया</translation>
    </message>
</context>
<context>
    <name>pmis::ParameterChangeModel</name>
    <message>
        <source>(not set)</source>
        <translation>(तय नहीं)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>मापदंड</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>वर्तमान</translation>
    </message>
</context>
<context>
    <name>pmis::PopulationEditor</name>
    <message>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>A whole number from 0 to 18446744073709551615; the same seed gives the same data</source>
        <translation>0 से 18446744073709551615 तक की एक पूर्ण संख्या; एक ही बीज से वही डेटा मिलता है</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>नया बीज</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>बीज</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>संदर्भ तिथि</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>परिदृश्य का नाम बदलें</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>विवरण बदलें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a seed; expected a whole number from 0 to 18446744073709551615</source>
        <translation>&quot;%1&quot; बीज नहीं है; 0 से 18446744073709551615 तक की पूर्ण संख्या अपेक्षित है</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>बीज बदलें</translation>
    </message>
    <message>
        <source>Change reference date</source>
        <translation>संदर्भ तिथि बदलें</translation>
    </message>
</context>
<context>
    <name>pmis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>वरीयताएँ</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>सभी कोर (%1)</translation>
    </message>
    <message>
        <source>New documents start from preset:</source>
        <translation>नए दस्तावेज़ इस पूर्वनिर्धारित परिदृश्य से शुरू हों:</translation>
    </message>
    <message>
        <source>Generator threads:</source>
        <translation>डेटासेट बनाने वाले थ्रेड:</translation>
    </message>
</context>
<context>
    <name>pmis::PreviewService</name>
    <message>
        <source>The preview sample could not be generated.</source>
        <translation>पूर्वावलोकन नमूना नहीं बनाया जा सका।</translation>
    </message>
</context>
<context>
    <name>pmis::QualityChart</name>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>99% noise band</source>
        <translation>99% शोर-सीमा</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>संचयी हिस्सा</translation>
    </message>
    <message>
        <source>This check has no chart: its result is the figure in the table.</source>
        <translation>इस जाँच का कोई चार्ट नहीं है: इसका परिणाम तालिका में दिया आँकड़ा है।</translation>
    </message>
    <message>
        <source>Select a check to see its chart.</source>
        <translation>चार्ट देखने के लिए कोई जाँच चुनें।</translation>
    </message>
</context>
<context>
    <name>pmis::QualityCheckModel</name>
    <message>
        <source>Pass</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>स्तंभ</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>मापा गया</translation>
    </message>
    <message>
        <source>Passes in</source>
        <translation>सफल सीमा</translation>
    </message>
</context>
<context>
    <name>pmis::QualityTab</name>
    <message>
        <source>Generate a dataset (F5) to check its quality.</source>
        <translation>गुणवत्ता जाँचने के लिए डेटासेट बनाएँ (F5)।</translation>
    </message>
    <message>
        <source>Checking the dataset…</source>
        <translation>डेटासेट की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>The quality report could not be computed: %1</source>
        <translation>गुणवत्ता रिपोर्ट नहीं बन सकी: %1</translation>
    </message>
</context>
<context>
    <name>pmis::QualityView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show or hide the checks with this status</source>
        <translation>इस स्थिति वाली जाँचें दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>No quality report yet: generate or import a dataset.</source>
        <translation>अभी कोई गुणवत्ता रिपोर्ट नहीं: डेटासेट बनाएँ या आयात करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), compared with the targets of scenario %1</source>
        <translation>
            <numerusform>%n जाँच, परिदृश्य %1 के लक्ष्यों से तुलना</numerusform>
            <numerusform>%n जाँचें, परिदृश्य %1 के लक्ष्यों से तुलना</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s); no scenario, so targets are not checked</source>
        <translation>
            <numerusform>%n जाँच; कोई परिदृश्य नहीं, इसलिए लक्ष्यों की जाँच नहीं हुई</numerusform>
            <numerusform>%n जाँचें; कोई परिदृश्य नहीं, इसलिए लक्ष्यों की जाँच नहीं हुई</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmis::RecChart</name>
    <message>
        <source>perfect calibration</source>
        <translation>पूर्ण अंशांकन</translation>
    </message>
    <message>
        <source>mean predicted probability</source>
        <translation>औसत अनुमानित प्रायिकता</translation>
    </message>
    <message>
        <source>observed success rate</source>
        <translation>देखी गई सफलता दर</translation>
    </message>
    <message>
        <source>No results to show yet.</source>
        <translation>अभी दिखाने के लिए कोई परिणाम नहीं है।</translation>
    </message>
</context>
<context>
    <name>pmis::RecEmployerPanel</name>
    <message>
        <source>Applicants only</source>
        <translation>केवल आवेदक</translation>
    </message>
    <message>
        <source>Internship:</source>
        <translation>इंटर्नशिप:</translation>
    </message>
    <message>
        <source>K:</source>
        <translation>K:</translation>
    </message>
    <message>
        <source>Protected group</source>
        <translation>संरक्षित समूह</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>गुण</translation>
    </message>
    <message>
        <source>Minimum share</source>
        <translation>न्यूनतम हिस्सा</translation>
    </message>
    <message>
        <source>Adjusted m-table (fail probability within alpha)</source>
        <translation>समायोजित m-table (विफलता प्रायिकता alpha के भीतर)</translation>
    </message>
    <message>
        <source>Fair re-ranking</source>
        <translation>निष्पक्ष पुनः-क्रमांकन</translation>
    </message>
    <message>
        <source>FA*IR alpha:</source>
        <translation>FA*IR अल्फ़ा (α):</translation>
    </message>
    <message>
        <source>#</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Protected share by prefix</source>
        <translation>उपसर्ग के अनुसार संरक्षित हिस्सा</translation>
    </message>
    <message>
        <source>Exposure per candidate by group</source>
        <translation>समूह के अनुसार प्रति उम्मीदवार दृश्यता</translation>
    </message>
    <message>
        <source>Rural / urban</source>
        <translation>ग्रामीण / शहरी</translation>
    </message>
    <message>
        <source>College tier</source>
        <translation>कॉलेज श्रेणी</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>This shortlist</source>
        <translation>यह संक्षिप्त सूची</translation>
    </message>
    <message>
        <source>Audit all open internships</source>
        <translation>सभी खुली इंटर्नशिप की जाँच करें</translation>
    </message>
    <message>
        <source>All open internships (audit)</source>
        <translation>सभी खुली इंटर्नशिप (जाँच)</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>जाँच विफल रही: %1</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>जाँच रद्द कर दी गई।</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 पहले</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 बाद में</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>उपसर्ग की लंबाई</translation>
    </message>
    <message>
        <source>before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>after</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>exposure per candidate (1/log2(rank+1))</source>
        <translation>प्रति उम्मीदवार दृश्यता (1/log2(rank+1))</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>जाँच रद्द करें</translation>
    </message>
    <message>
        <source>Audit of %L1 open internships: constraints met in %2% of shortlists before, %3% after; mean NDCG retained %4.</source>
        <translation>%L1 खुली इंटर्नशिप की जाँच: शर्तें पहले %2% संक्षिप्त सूचियों में पूरी हुईं, बाद में %3% में; औसत बचा हुआ NDCG %4।</translation>
    </message>
    <message>
        <source>%L1 candidates in the pool.</source>
        <translation>समूह में %L1 उम्मीदवार।</translation>
    </message>
    <message>
        <source>FA*IR for %1 at proportion %2: alpha %3, fail probability %4; m-table %5.</source>
        <translation>%1 के लिए अनुपात %2 पर FA*IR: अल्फ़ा %3, विफलता प्रायिकता %4; m-तालिका %5।</translation>
    </message>
    <message>
        <source>Every table met: %1 before, %2 after. NDCG retained %3.</source>
        <translation>हर तालिका पूरी: पहले %1, बाद में %2। बचा NDCG %3।</translation>
    </message>
    <message>
        <source>%1 from position %2 (%L3 in the pool)</source>
        <translation>%1, स्थान %2 से (पूल में %L3)</translation>
    </message>
    <message>
        <source>Infeasible: the candidate pool cannot meet the FA*IR minimum for %1. This shortlist is not fair.</source>
        <translation>असंभव: उम्मीदवारों का पूल %1 के लिए FA*IR न्यूनतम पूरा नहीं कर सकता। यह शॉर्टलिस्ट निष्पक्ष नहीं है।</translation>
    </message>
    <message>
        <source>%1 minimum m(i)</source>
        <translation>%1 न्यूनतम m(i)</translation>
    </message>
    <message>
        <source>members in the prefix</source>
        <translation>उपसर्ग में सदस्य</translation>
    </message>
    <message>
        <source>No internship has the ID “%1”.</source>
        <translation>“%1” ID वाली कोई इंटर्नशिप नहीं है।</translation>
    </message>
</context>
<context>
    <name>pmis::RecEvaluationPanel</name>
    <message>
        <source>Run evaluation</source>
        <translation>मूल्यांकन चलाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>K:</source>
        <translation>K:</translation>
    </message>
    <message>
        <source>Bootstrap resamples:</source>
        <translation>Bootstrap पुनर्नमूने:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <source>Precision@K</source>
        <translation>परिशुद्धता@K</translation>
    </message>
    <message>
        <source>Recall@K</source>
        <translation>प्रत्याह्वान@K</translation>
    </message>
    <message>
        <source>NDCG@K</source>
        <translation>NDCG@K</translation>
    </message>
    <message>
        <source>AP@K</source>
        <translation>AP@K</translation>
    </message>
    <message>
        <source>Hit rate@K</source>
        <translation>प्राप्ति दर@K</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Popularity lift</source>
        <translation>लोकप्रियता वृद्धि</translation>
    </message>
    <message>
        <source>Predictor</source>
        <translation>पूर्वानुमानक</translation>
    </message>
    <message>
        <source>ROC AUC [95% CI]</source>
        <translation>ROC AUC [95% विश्वास अंतराल]</translation>
    </message>
    <message>
        <source>Average precision [95% CI]</source>
        <translation>औसत परिशुद्धता [95% विश्वास अंतराल]</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>लघुगणकीय हानि</translation>
    </message>
    <message>
        <source>Brier skill</source>
        <translation>Brier कौशल</translation>
    </message>
    <message>
        <source>Log-loss skill</source>
        <translation>लघुगणकीय-हानि कौशल</translation>
    </message>
    <message>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <source>NDCG@K against K</source>
        <translation>K के सापेक्ष NDCG@K</translation>
    </message>
    <message>
        <source>Reliability of P(success), 10 quantile bins</source>
        <translation>P(सफलता) की विश्वसनीयता, 10 क्वांटाइल अंतराल</translation>
    </message>
    <message>
        <source>Metrics per group</source>
        <translation>प्रत्येक समूह के माप</translation>
    </message>
    <message>
        <source>%1: %p%</source>
        <translation>%1: %p%</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>मूल्यांकन विफल रहा: %1</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>मूल्यांकन रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>Press Run evaluation to score every method on held-out interactions and outcomes.</source>
        <translation>अलग रखी गई अंतःक्रियाओं और परिणामों पर हर विधि को आँकने के लिए &quot;मूल्यांकन चलाएँ&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>model (calibrated)</source>
        <translation>मॉडल (अंशांकित)</translation>
    </message>
    <message>
        <source>model (uncalibrated)</source>
        <translation>मॉडल (अनंशांकित)</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>वास्तविक मान</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>मूल्यांकन हो रहा है…</translation>
    </message>
    <message>
        <source>Coverage of open</source>
        <translation>खुली इंटर्नशिप का कवरेज</translation>
    </message>
    <message>
        <source>Exposure Gini</source>
        <translation>एक्सपोज़र का गिनी</translation>
    </message>
    <message>
        <source>Tie rate</source>
        <translation>बराबरी दर</translation>
    </message>
    <message>
        <source>Successes / failures</source>
        <translation>सफलताएँ / विफलताएँ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>Mean predicted</source>
        <translation>औसत अनुमानित</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>देखी गई दर</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>आँका गया</translation>
    </message>
    <message>
        <source>Protocol: global temporal split (train before the validation cut, validate on the next 10% of applications, test on the newest 20%); relevance = an application, NDCG gains apply 1, shortlist 2, selected 3.</source>
        <translation>प्रोटोकॉल: आवेदनों का वैश्विक समय-आधारित विभाजन (सत्यापन कट से पहले प्रशिक्षण, अगले 10% आवेदनों पर सत्यापन, सबसे नए 20% पर परीक्षण); प्रासंगिकता = एक आवेदन, NDCG लाभ: आवेदन 1, शॉर्टलिस्ट 2, चयनित 3।</translation>
    </message>
    <message>
        <source>Protocol: per-student leave-last-out; relevance = the last internship the student applied to.</source>
        <translation>प्रोटोकॉल: प्रति-छात्र leave-last-out; प्रासंगिकता = वह अंतिम इंटर्नशिप जिसके लिए छात्र ने आवेदन किया।</translation>
    </message>
    <message>
        <source>Hybrid weights learned on %L1 validation students: content %2, CF %3, P(success) %4.</source>
        <translation>हाइब्रिड भार %L1 सत्यापन छात्रों पर सीखे गए: सामग्री %2, CF %3, P(सफलता) %4।</translation>
    </message>
    <message>
        <source>Hybrid weights fixed: content %1, CF %2, P(success) %3.</source>
        <translation>हाइब्रिड भार निश्चित: सामग्री %1, CF %2, P(सफलता) %3।</translation>
    </message>
    <message>
        <source>%L1 students with %L2 held-out applications (%L3 training events); success model tested on the newest %L4 applications. %L5 explanations checked: largest error %6, %L7 feature-vector mismatches.</source>
        <translation>%L1 छात्र, %L2 रोके गए आवेदनों के साथ (%L3 प्रशिक्षण घटनाएँ); सफलता मॉडल सबसे नए %L4 आवेदनों पर परखा गया। %L5 व्याख्याएँ जाँची गईं: सबसे बड़ी त्रुटि %6, %L7 फ़ीचर-वेक्टर बेमेल।</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>Too few positives to judge: %L1 successes and %L2 failures; AUC and AP need at least %L3 of each.</source>
        <translation>आँकने के लिए बहुत कम सकारात्मक: %L1 सफलताएँ और %L2 विफलताएँ; AUC और AP को दोनों में से हर एक के कम से कम %L3 चाहिए।</translation>
    </message>
    <message>
        <source>Test base rate %1% (%L2 successes in %L3). %4 %L5 of %L6 bootstrap resamples held one class and were dropped from the AUC and AP intervals.</source>
        <translation>परीक्षण आधार दर %1% (%L3 में %L2 सफलताएँ)। %4 %L6 में से %L5 बूटस्ट्रैप पुनर्नमूनों में एक ही वर्ग था, इसलिए वे AUC और AP अंतरालों से हटाए गए।</translation>
    </message>
    <message>
        <source>Platt calibration was used: it lowers the validation log loss.</source>
        <translation>Platt अंशांकन उपयोग हुआ: यह सत्यापन लॉग लॉस घटाता है।</translation>
    </message>
    <message>
        <source>No calibration was used: Platt does not lower the validation log loss.</source>
        <translation>कोई अंशांकन उपयोग नहीं हुआ: Platt सत्यापन लॉग लॉस नहीं घटाता।</translation>
    </message>
    <message>
        <source>Too few positives to judge.</source>
        <translation>आँकने के लिए बहुत कम सकारात्मक।</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>too few positives to judge</source>
        <translation>आँकने के लिए बहुत कम सकारात्मक</translation>
    </message>
    <message>
        <source>Too few positives to judge: a group needs at least %L1 successes and %L1 failures.</source>
        <translation>आँकने के लिए बहुत कम सकारात्मक: किसी समूह को कम से कम %L1 सफलताएँ और %L1 विफलताएँ चाहिए।</translation>
    </message>
    <message>
        <source>%1 (%L2 applications: too few positives to judge)</source>
        <translation>%1 (%L2 आवेदन: आँकने के लिए बहुत कम सकारात्मक)</translation>
    </message>
</context>
<context>
    <name>pmis::RecStudentPanel</name>
    <message>
        <source>Student:</source>
        <translation>छात्र:</translation>
    </message>
    <message>
        <source>K:</source>
        <translation>K:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>इंटर्नशिप</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>CF</source>
        <translation>CF</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>सफलता</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>लोकप्रियता</translation>
    </message>
    <message>
        <source>P(success)</source>
        <translation>P(सफलता)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>कौशल: %1</translation>
    </message>
    <message>
        <source>interests: %1</source>
        <translation>रुचियाँ: %1</translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation>शहर: %1</translation>
    </message>
    <message>
        <source>CGPA %1</source>
        <translation>CGPA %1</translation>
    </message>
    <message>
        <source>Score %1 = sum of the contributions</source>
        <translation>अंक %1 = योगदानों का योग</translation>
    </message>
    <message>
        <source>component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>मूल</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>सामान्यीकृत</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>भार</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>योगदान</translation>
    </message>
    <message>
        <source>content (TF-IDF cosine)</source>
        <translation>सामग्री (TF-IDF कोसाइन)</translation>
    </message>
    <message>
        <source>collaborative</source>
        <translation>सहयोगी</translation>
    </message>
    <message>
        <source>popularity</source>
        <translation>लोकप्रियता</translation>
    </message>
    <message>
        <source>Matched skills:</source>
        <translation>मेल खाते कौशल:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Missing skills (rarest first):</source>
        <translation>कमी वाले कौशल (सबसे दुर्लभ पहले):</translation>
    </message>
    <message>
        <source>Cosine by skill:</source>
        <translation>कौशल के अनुसार कोसाइन:</translation>
    </message>
    <message>
        <source>Collaborative evidence:</source>
        <translation>सहयोगी साक्ष्य:</translation>
    </message>
    <message>
        <source>P(success) %1%: log-odds %2 = base + contributions</source>
        <translation>P(सफलता) %1%: log-odds %2 = आधार + योगदान</translation>
    </message>
    <message>
        <source>base (training means)</source>
        <translation>आधार (प्रशिक्षण के औसत)</translation>
    </message>
    <message>
        <source>%1 — %2. %L3 internships open to this student; %L4 blended.</source>
        <translation>%1 — %2। इस छात्र के लिए %L3 इंटर्नशिप खुली हैं; %L4 का मिश्रित अंक निकाला गया।</translation>
    </message>
    <message>
        <source>Listed as interests:</source>
        <translation>रुचियों में सूचीबद्ध:</translation>
    </message>
    <message>
        <source>No student has the ID “%1”.</source>
        <translation>“%1” ID वाला कोई छात्र नहीं है।</translation>
    </message>
</context>
<context>
    <name>pmis::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>सूची साफ़ करें</translation>
    </message>
</context>
<context>
    <name>pmis::RecommenderView</name>
    <message>
        <source>Content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>CF</source>
        <translation>CF</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>सफलता</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>लोकप्रियता</translation>
    </message>
    <message>
        <source>Blend weights:</source>
        <translation>मिश्रण भार:</translation>
    </message>
    <message>
        <source>item-kNN</source>
        <translation>मद-आधारित kNN</translation>
    </message>
    <message>
        <source>implicit ALS</source>
        <translation>अप्रत्यक्ष ALS</translation>
    </message>
    <message>
        <source>Collaborative:</source>
        <translation>सहयोगी विधि:</translation>
    </message>
    <message>
        <source>Balanced class weights</source>
        <translation>संतुलित वर्ग भार</translation>
    </message>
    <message>
        <source>Weight successes and failures equally when fitting the success model</source>
        <translation>सफलता मॉडल बनाते समय सफलताओं और विफलताओं को बराबर भार दें</translation>
    </message>
    <message>
        <source>No data yet: generate or import a dataset.</source>
        <translation>अभी कोई डेटा नहीं: डेटासेट बनाएँ या आयात करें।</translation>
    </message>
    <message>
        <source>Student view</source>
        <translation>छात्र दृश्य</translation>
    </message>
    <message>
        <source>Employer view &amp;&amp; fairness</source>
        <translation>नियोक्ता दृश्य और निष्पक्षता</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <source>Training: %1 %p%</source>
        <translation>प्रशिक्षण: %1 %p%</translation>
    </message>
    <message>
        <source>The recommender cannot use this data: %1</source>
        <translation>अनुशंसक इस डेटा का उपयोग नहीं कर सकता: %1</translation>
    </message>
    <message>
        <source>content score</source>
        <translation>सामग्री अंक</translation>
    </message>
    <message>
        <source>collaborative score</source>
        <translation>सहयोगी अंक</translation>
    </message>
    <message>
        <source>success score</source>
        <translation>सफलता अंक</translation>
    </message>
    <message>
        <source>popularity score</source>
        <translation>लोकप्रियता अंक</translation>
    </message>
    <message>
        <source>Weight of the min-max normalised %1 in the hybrid</source>
        <translation>मिश्रित मॉडल में न्यूनतम-अधिकतम सामान्यीकृत %1 का भार</translation>
    </message>
    <message>
        <source>Training the recommender…</source>
        <translation>अनुशंसक प्रशिक्षित हो रहा है…</translation>
    </message>
    <message>
        <source>Blend weights learned on the newest 10% of applications (%L1 students, NDCG@10 %2): content %3, CF %4, P(success) %5.</source>
        <translation>मिश्रण भार सबसे नए 10% आवेदनों पर सीखे गए (%L1 छात्र, NDCG@10 %2): सामग्री %3, CF %4, P(सफलता) %5।</translation>
    </message>
    <message>
        <source>Learn weights</source>
        <translation>भार सीखें</translation>
    </message>
    <message>
        <source>Choose the blend weights that rank the newest 10% of applications best (NDCG@10), with models trained on the events before them</source>
        <translation>वे मिश्रण भार चुनें जो सबसे नए 10% आवेदनों को सबसे अच्छा क्रम दें (NDCG@10), उनसे पहले की घटनाओं पर प्रशिक्षित मॉडलों के साथ</translation>
    </message>
    <message>
        <source>%L1 students, %L2 internships, %L3 interactions, %L4 outcomes. %5.</source>
        <translation>%L1 छात्र, %L2 इंटर्नशिप, %L3 अंतःक्रियाएँ, %L4 परिणाम। %5।</translation>
    </message>
    <message>
        <source>The recommender trains again once the new dataset is ready.</source>
        <translation>नया डेटासेट तैयार होते ही अनुशंसक फिर से प्रशिक्षित होगा।</translation>
    </message>
</context>
<context>
    <name>pmis::ScenarioEditorDock</name>
    <message>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>जनसंख्या</translation>
    </message>
    <message>
        <source>Colleges &amp;&amp; tiers</source>
        <translation>कॉलेज और श्रेणियाँ</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>जनसांख्यिकी</translation>
    </message>
    <message>
        <source>Companies &amp;&amp; internships</source>
        <translation>कंपनियाँ और इंटर्नशिप</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>सहभागिता</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>परिणाम</translation>
    </message>
</context>
<context>
    <name>pmis::ShareTableEditor</name>
    <message>
        <source>Mode:</source>
        <translation>विधि:</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>नमूने से</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>सटीक</translation>
    </message>
    <message>
        <source>Sampled: each row drawn independently. Exact: counts match the shares exactly.</source>
        <translation>नमूने से: हर पंक्ति स्वतंत्र रूप से चुनी जाती है। सटीक: संख्याएँ हिस्सों से ठीक-ठीक मेल खाती हैं।</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Change mode of %1</source>
        <translation>%1 की विधि बदलें</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>Change share of %1</source>
        <translation>%1 का हिस्सा बदलें</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>नया %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 जोड़ें</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 का नाम बदलकर %2 करें</translation>
    </message>
    <message>
        <source>Edit as %</source>
        <translation>% में संपादित करें</translation>
    </message>
    <message>
        <source>Type each share in percent; the other rows rescale so the shares add up to 100%.</source>
        <translation>हर हिस्सा प्रतिशत में लिखें; बाकी पंक्तियाँ अनुपात में बदल जाती हैं ताकि कुल 100% रहे।</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1&apos;s weight cannot be negative</source>
        <translation>%1 का भार ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <source>%1 cannot be 0 as well: at least one weight must be above 0</source>
        <translation>%1 भी 0 नहीं हो सकता: कम से कम एक भार 0 से अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>%1&apos;s share cannot be negative</source>
        <translation>%1 का हिस्सा ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <source>%1&apos;s share cannot be above 100%</source>
        <translation>%1 का हिस्सा 100% से अधिक नहीं हो सकता</translation>
    </message>
    <message>
        <source>%1 is the only label: its share is 100%</source>
        <translation>%1 एकमात्र लेबल है: उसका हिस्सा 100% है</translation>
    </message>
    <message>
        <source>A label cannot be empty</source>
        <translation>लेबल रिक्त नहीं हो सकता</translation>
    </message>
    <message>
        <source>%1 is already a label; choose another name</source>
        <translation>%1 पहले से एक लेबल है; कोई दूसरा नाम चुनें</translation>
    </message>
</context>
<context>
    <name>pmis::StudioDocument</name>
    <message>
        <source>Edited from scenario %1.</source>
        <translation>परिदृश्य %1 से संपादित।</translation>
    </message>
    <message>
        <source>Name the scenario %1</source>
        <translation>परिदृश्य का नाम %1 रखें</translation>
    </message>
</context>
<context>
    <name>pmis::SuccessPreviewChart</name>
    <message>
        <source>Success probability by group (preview sample)</source>
        <translation>समूह के अनुसार सफलता प्रायिकता (पूर्वावलोकन नमूना)</translation>
    </message>
    <message>
        <source>mean P(success) %</source>
        <translation>औसत P(सफलता) %</translation>
    </message>
</context>
<context>
    <name>pmis::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>उपयोगकर्ता मार्गदर्शिका</translation>
    </message>
</context>
<context>
    <name>pmis::present::PresentationWindow</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Preparing the presentation… %1</source>
        <translation>प्रस्तुति तैयार हो रही है… %1</translation>
    </message>
    <message>
        <source>The presentation could not be prepared: %1</source>
        <translation>प्रस्तुति तैयार नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Success rate: %1</source>
        <translation>सफलता दर: %1</translation>
    </message>
    <message>
        <source>the last tier</source>
        <translation>अंतिम श्रेणी</translation>
    </message>
    <message>
        <source>Share of %1: %2</source>
        <translation>%1 का हिस्सा: %2</translation>
    </message>
    <message>
        <source>Live preview from a sample of %1 students generated with this setting; generate (F5) for the full dataset.</source>
        <translation>इस सेटिंग से बने %1 छात्रों के नमूने का सजीव पूर्वावलोकन; पूरे डेटासेट के लिए डेटासेट बनाएँ (F5)।</translation>
    </message>
    <message>
        <source>Move the slider: the page is regenerated from a preview sample.</source>
        <translation>स्लाइडर खिसकाएँ: पृष्ठ एक पूर्वावलोकन नमूने से फिर बनेगा।</translation>
    </message>
    <message>
        <source>students</source>
        <translation>छात्र</translation>
    </message>
    <message>
        <source>internships</source>
        <translation>इंटर्नशिप</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>कंपनियाँ</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>अंतःक्रियाएँ</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>चयनित</translation>
    </message>
    <message>
        <source>selected per application</source>
        <translation>प्रति आवेदन चयनित</translation>
    </message>
    <message>
        <source>rural students</source>
        <translation>ग्रामीण छात्र</translation>
    </message>
    <message>
        <source>women</source>
        <translation>महिलाएँ</translation>
    </message>
    <message>
        <source>%1 students</source>
        <translation>%1 छात्र</translation>
    </message>
    <message>
        <source>score %1, P(success) %2</source>
        <translation>अंक %1, P(सफलता) %2</translation>
    </message>
    <message>
        <source>content %1 + CF %2 + P(success) %3 + popularity %4</source>
        <translation>सामग्री %1 + CF %2 + P(सफलता) %3 + लोकप्रियता %4</translation>
    </message>
    <message>
        <source>The shortlists could not be audited: %1</source>
        <translation>संक्षिप्त सूचियों की जाँच नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Exposure per candidate in the top 20</source>
        <translation>शीर्ष 20 में प्रति उम्मीदवार दृश्यता</translation>
    </message>
    <message>
        <source>before re-ranking</source>
        <translation>पुनः-क्रम से पहले</translation>
    </message>
    <message>
        <source>after re-ranking</source>
        <translation>पुनः-क्रम के बाद</translation>
    </message>
    <message>
        <source>exposure per candidate</source>
        <translation>प्रति उम्मीदवार दृश्यता</translation>
    </message>
    <message>
        <source>no parameter changed</source>
        <translation>कोई मापदंड नहीं बदला</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>मापदंड</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>अब</translation>
    </message>
    <message>
        <source>Figure beyond the noise</source>
        <translation>शोर से बाहर का आँकड़ा</translation>
    </message>
    <message>
        <source>The data have no tuned shares to compare with targets.</source>
        <translation>डेटा में लक्ष्यों से तुलना के लिए कोई तय हिस्सा नहीं है।</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>प्रस्तुति</translation>
    </message>
    <message>
        <source>Page Down or → next · Page Up or ← back · Esc leave</source>
        <translation>Page Down या → आगे · Page Up या ← पीछे · Esc बाहर</translation>
    </message>
    <message>
        <source>Preparing the presentation…</source>
        <translation>प्रस्तुति तैयार हो रही है…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The dataset at a glance</source>
        <translation>एक नज़र में डेटासेट</translation>
    </message>
    <message>
        <source>How many of each there are, and the shares the scenario tunes.</source>
        <translation>हर चीज़ कितनी है, और परिदृश्य द्वारा तय किए गए हिस्से।</translation>
    </message>
    <message>
        <source>The application funnel</source>
        <translation>आवेदन फ़नल</translation>
    </message>
    <message>
        <source>Interactions from a view to a selection (log scale), against the scenario&apos;s targets.</source>
        <translation>देखने से चयन तक की अंतःक्रियाएँ (लघुगणकीय पैमाना), परिदृश्य के लक्ष्यों के सापेक्ष।</translation>
    </message>
    <message>
        <source>Shares by group</source>
        <translation>समूह के अनुसार हिस्से</translation>
    </message>
    <message>
        <source>Students per college tier against the scenario&apos;s shares, and how often each tier&apos;s applications succeed.</source>
        <translation>कॉलेज श्रेणी के अनुसार छात्र, परिदृश्य के हिस्सों के सापेक्ष, और हर श्रेणी के आवेदन कितनी बार सफल होते हैं।</translation>
    </message>
    <message>
        <source>Target against realized</source>
        <translation>लक्ष्य बनाम वास्तविक</translation>
    </message>
    <message>
        <source>The realized shares against the scenario&apos;s targets; the bars around each target are the 99% band that sampling alone gives.</source>
        <translation>परिदृश्य के लक्ष्यों के सापेक्ष वास्तविक हिस्से; हर लक्ष्य के चारों ओर की रेखाएँ वह 99% पट्टी हैं जो केवल नमूनाकरण से बनती है।</translation>
    </message>
    <message>
        <source>A recommendation, explained</source>
        <translation>एक अनुशंसा, समझाई गई</translation>
    </message>
    <message>
        <source>The best internships for %1 (%2); each score is the sum of its parts.</source>
        <translation>%1 (%2) के लिए सबसे अच्छी इंटर्नशिप; हर अंक अपने हिस्सों का योग है।</translation>
    </message>
    <message>
        <source>The recommender could not run on these data: %1</source>
        <translation>इस डेटा पर अनुशंसक नहीं चल सका: %1</translation>
    </message>
    <message>
        <source>Fairness of the shortlists</source>
        <translation>संक्षिप्त सूचियों की निष्पक्षता</translation>
    </message>
    <message>
        <source>After fair re-ranking (FA*IR) of the top 20 of every open internship, %1 of the shortlists meet every group&apos;s minimum (%2 before).</source>
        <translation>हर खुली इंटर्नशिप के शीर्ष 20 के निष्पक्ष पुनः-क्रम (FA*IR) के बाद %1 संक्षिप्त सूचियाँ हर समूह का न्यूनतम पूरा करती हैं (पहले %2)।</translation>
    </message>
    <message>
        <source>The shortlists could not be audited on these data.</source>
        <translation>इस डेटा पर संक्षिप्त सूचियों की जाँच नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Compared with the baseline</source>
        <translation>आधार से तुलना</translation>
    </message>
    <message>
        <source>%1 of %2 figures differ by more than sampling alone gives; the scenario&apos;s changed parameters on the left.</source>
        <translation>%2 में से %1 आँकड़े केवल नमूनाकरण से होने वाले अंतर से अधिक अलग हैं; परिदृश्य के बदले मापदंड बाईं ओर।</translation>
    </message>
</context>
</TS>
