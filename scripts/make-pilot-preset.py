#!/usr/bin/env python3
# Writes resources/presets/pmis-pilot-r1.json and pmis-pilot-r2.json: the PM Internship Scheme's
# rounds 1 and 2 as published. Every figure is either published (its source is named in the
# preset's description and in the README's "The pilot presets" section) or an assumption, marked as
# such in the same places.
# Usage: scripts/make-pilot-preset.py [r1|r2] [OUT]
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUND = sys.argv[1] if len(sys.argv) > 1 else "r1"
if ROUND not in ("r1", "r2"):
    sys.exit(f"unknown round {ROUND!r}; expected r1 or r2")
OUT = (Path(sys.argv[2]) if len(sys.argv) > 2
       else ROOT / f"resources/presets/pmis-pilot-{ROUND}.json")

# Sectors of the scheme: key, label, companies in round 1 and round 2 (the split is an
# assumption; the totals, 280 and 327, are published), industries, size.
SECTORS = [
    ("oil_gas_energy", "Oil, gas and energy", 30, 35, ["Oil and gas", "Power"], "large"),
    ("banking_finance", "Banking and financial services", 34, 40, ["Banking", "Insurance"],
     "large"),
    ("it", "Information technology", 26, 30, ["IT services", "Software"], "large"),
    ("fmcg", "FMCG", 22, 26, ["Consumer goods", "Food processing"], "mid"),
    ("manufacturing", "Manufacturing", 28, 33, ["Engineering", "Electrical equipment"], "mid"),
    ("automotive", "Automotive", 20, 23, ["Automobiles", "Auto components"], "mid"),
    ("metals_mining", "Metals and mining", 18, 21, ["Steel", "Mining"], "large"),
    ("infrastructure", "Infrastructure", 24, 28, ["Construction", "Cement"], "mid"),
    ("pharma_health", "Pharmaceuticals and healthcare", 22, 26, ["Pharmaceuticals", "Hospitals"],
     "mid"),
    ("telecom", "Telecom", 10, 12, ["Telecom"], "large"),
    ("textiles", "Textiles", 14, 16, ["Textiles"], "mid"),
    ("agriculture", "Agriculture", 16, 19, ["Agri inputs", "Agri processing"], "mid"),
    ("travel_hospitality", "Travel and hospitality", 16, 18, ["Hotels", "Travel"], "mid"),
]

SKILLS = {
    "office": ["ms office", "data entry", "english communication", "hindi communication",
               "record keeping"],
    "customer": ["customer service", "sales", "field work", "retail operations"],
    "accounts": ["accounting", "tally", "banking operations", "bookkeeping"],
    "computing": ["computer basics", "programming", "networking", "spreadsheets"],
    "trades": ["electrical wiring", "fitting", "welding", "machining", "maintenance"],
    "engineering": ["autocad", "surveying", "quality control", "safety practices"],
    "health": ["patient care", "pharmacy practice", "first aid"],
    "agri": ["crop management", "dairy", "farm machinery"],
}

STREAMS = {  # field of study -> skill categories
    "Arts": ["office", "customer"],
    "Commerce": ["accounts", "office", "customer"],
    "Science": ["computing", "office", "health"],
    "Computer applications": ["computing", "office"],
    "ITI electrician": ["trades", "engineering"],
    "ITI fitter": ["trades", "engineering"],
    "Diploma mechanical": ["engineering", "trades"],
    "Diploma civil": ["engineering", "office"],
    "Pharmacy": ["health", "office"],
    "Agriculture": ["agri", "customer"],
}

DOMAINS = {  # internship domain -> skills it asks for
    "Operations": ["ms office", "data entry", "record keeping", "quality control"],
    "Sales and marketing": ["sales", "customer service", "english communication", "field work"],
    "Accounts and finance": ["accounting", "tally", "banking operations", "spreadsheets"],
    "Branch banking": ["banking operations", "customer service", "data entry", "bookkeeping"],
    "IT support": ["computer basics", "networking", "programming", "spreadsheets"],
    "Plant maintenance": ["maintenance", "electrical wiring", "fitting", "safety practices"],
    "Production": ["machining", "welding", "quality control", "safety practices"],
    "Site engineering": ["autocad", "surveying", "safety practices", "quality control"],
    "Health services": ["patient care", "pharmacy practice", "first aid", "record keeping"],
    "Agri operations": ["crop management", "dairy", "farm machinery", "field work"],
    "Hospitality": ["customer service", "hindi communication", "english communication",
                    "retail operations"],
}

# Offers by state. Round 1: Uttar Pradesh 14% and the top ten 68.8% (Business Standard
# 2025-07-21). Round 2: Andhra Pradesh 12.47%, Madhya Pradesh 10.95% and the top ten 74% (Business
# Standard 2025-07-21). The other states of the top ten and the rest are an assumption with the
# same total. A round's first ten states are its top ten.
STATE_SHARES_R1 = {
    "Uttar Pradesh": 14.0, "Maharashtra": 9.5, "Gujarat": 7.5, "Tamil Nadu": 6.5,
    "Karnataka": 6.0, "Andhra Pradesh": 5.5, "Madhya Pradesh": 5.5, "Rajasthan": 5.0,
    "Telangana": 4.8, "Odisha": 4.5,
    "West Bengal": 3.6, "Bihar": 3.4, "Haryana": 3.0, "Delhi": 3.0, "Kerala": 2.8,
    "Punjab": 2.6, "Jharkhand": 2.6, "Chhattisgarh": 2.4, "Assam": 2.2, "Uttarakhand": 1.8,
    "Himachal Pradesh": 1.2, "Jammu and Kashmir": 1.0, "Goa": 0.8, "Tripura": 0.5,
    "Meghalaya": 0.3,
}
STATE_SHARES_R2 = {
    "Andhra Pradesh": 12.47, "Madhya Pradesh": 10.95, "Uttar Pradesh": 9.0, "Maharashtra": 8.0,
    "Gujarat": 7.0, "Tamil Nadu": 6.0, "Karnataka": 5.5, "Rajasthan": 5.2, "Telangana": 5.0,
    "Odisha": 4.88,
    "West Bengal": 3.4, "Bihar": 3.2, "Haryana": 2.8, "Delhi": 2.6, "Kerala": 2.4,
    "Punjab": 2.2, "Jharkhand": 2.0, "Chhattisgarh": 1.9, "Assam": 1.6, "Uttarakhand": 1.3,
    "Himachal Pradesh": 0.9, "Jammu and Kashmir": 0.8, "Goa": 0.5, "Tripura": 0.3,
    "Meghalaya": 0.1,
}
for shares_, top in ((STATE_SHARES_R1, 68.8), (STATE_SHARES_R2, 74.0)):
    values = list(shares_.values())
    assert abs(sum(values) - 100) < 1e-9
    assert abs(sum(values[:10]) - top) < 1e-9 and min(values[:10]) > max(values[10:])

DISTRICTS = {  # a few districts per state; weights within a state are equal (an assumption)
    "Uttar Pradesh": ["Lucknow", "Kanpur Nagar", "Agra", "Varanasi", "Prayagraj", "Gorakhpur",
                      "Meerut", "Ghaziabad"],
    "Maharashtra": ["Pune", "Mumbai Suburban", "Nagpur", "Nashik", "Aurangabad", "Thane"],
    "Gujarat": ["Ahmedabad", "Surat", "Vadodara", "Rajkot", "Bharuch"],
    "Tamil Nadu": ["Chennai", "Coimbatore", "Madurai", "Tiruchirappalli", "Salem"],
    "Karnataka": ["Bengaluru Urban", "Mysuru", "Belagavi", "Dakshina Kannada"],
    "Andhra Pradesh": ["Visakhapatnam", "Krishna", "Guntur", "Chittoor", "East Godavari"],
    "Madhya Pradesh": ["Indore", "Bhopal", "Jabalpur", "Gwalior"],
    "Rajasthan": ["Jaipur", "Jodhpur", "Udaipur", "Kota"],
    "Telangana": ["Hyderabad", "Rangareddy", "Warangal"],
    "Odisha": ["Khordha", "Cuttack", "Sundargarh", "Angul"],
    "West Bengal": ["Kolkata", "Howrah", "Paschim Bardhaman"],
    "Bihar": ["Patna", "Gaya", "Muzaffarpur", "Begusarai"],
    "Haryana": ["Gurugram", "Faridabad", "Panipat"],
    "Delhi": ["New Delhi", "South Delhi", "North West Delhi"],
    "Kerala": ["Ernakulam", "Thiruvananthapuram", "Kozhikode"],
    "Punjab": ["Ludhiana", "Jalandhar", "Bathinda"],
    "Jharkhand": ["Ranchi", "Dhanbad", "East Singhbhum"],
    "Chhattisgarh": ["Raipur", "Durg", "Korba"],
    "Assam": ["Kamrup Metropolitan", "Dibrugarh"],
    "Uttarakhand": ["Dehradun", "Haridwar"],
    "Himachal Pradesh": ["Shimla", "Solan"],
    "Jammu and Kashmir": ["Jammu", "Srinagar"],
    "Goa": ["North Goa", "South Goa"],
    "Tripura": ["West Tripura"],
    "Meghalaya": ["East Khasi Hills"],
}
assert set(DISTRICTS) == set(STATE_SHARES_R1) == set(STATE_SHARES_R2)


def shares(d, mode="sampled"):
    return {"mode": mode, "shares": d}


def categorical(d, mode="sampled"):
    return {"categorical": shares(d, mode)}


def figure(name, value, source, table, where=None, distinct=None, share_by=None,
           share_of=None, top=None, tolerance=0.01):
    f = {"figure": name, "source": source, "table": table}
    if where:
        f["where"] = where
    if distinct:
        f["distinct"] = distinct
    if share_by:
        f["share_by"] = share_by
        if top:
            f["top"] = top
        else:
            f["share_of"] = share_of
    f["value"] = value
    f["tolerance"] = tolerance
    return f


R1_DESCRIPTION = (
    "Round 1 of the PM Internship Scheme pilot (opened 2024-10-03) as published. "
    "Published: 338,000 registered candidates with complete profiles (daily8 2025-07); "
    "280 partner companies (Business Standard 2025-07-21); 181,000 applying candidates and "
    "621,000 applications (PTI 2025-02-04); at most 5 applications per candidate (thecolumns.in); 82,077 offers, "
    "13.2% of applications, to 60,866 candidates (PTI 2025-02-04); at most 2 offers per candidate (thecolumns.in); 28,141 offers accepted, 34% (Business Standard "
    "2025-08-18); about 8,700 joined, 10.6% of offers (Hindustan Times 2025-07-22); offers "
    "by state: Uttar Pradesh 14%, top ten states 68.8% (Business Standard 2025-07-21); "
    "age 21-24, education class 10/12, ITI, diploma or graduate, no IIT/IIM graduates, a "
    "flat Rs 5,000 a month for 12 months (The Hindu 2024-10-03; DT Next 2024-10-04); "
    "among interns OBC 42.92%, SC 14.26%, ST 5.45%, women 31.01%, persons with "
    "disabilities 0.97% (Rajya Sabha reply, Hindustan Times 2026-02-11); offers declined "
    "for location, duration, higher education (Business Standard 2025-08-18). "
    "Assumptions (tunable): 25,400 postings of 5 seats on average (127,000 opportunities), "
    "45% of the registered never engage and the activity of the others (calibrated to the "
    "181,000 who applied), the success model's signal strength (calibrated to the 60,866 "
    "candidates with an offer), "
    "companies per sector, the nine other top states and the rest, districts, education "
    "shares, placement distance and acceptance by distance, reasons' shares, and every "
    "other share; the group shares among interns are used for all candidates.")

R2_DESCRIPTION = (
    "Round 2 of the PM Internship Scheme pilot (opened 2025-01-09) as published. "
    "Published: 346,000 registered candidates with complete profiles (daily8 2025-07); "
    "327 partner companies, 118,000 opportunities, 455,000 applications from 214,000 "
    "applicants, SC and ST 22% of applications (Business Standard 2025-07-28); at most 5 "
    "applications and 2 offers per candidate (thecolumns.in); 82,110 offers with 24,131 "
    "accepted, 29%, as of 2025-08-12 (Business Standard 2025-08-18); offers to 71,000 "
    "candidates and 7,300 joined (Rajya Sabha reply, Hindustan Times 2026-02-11, which gives "
    "83,000 offers; this preset follows 82,110); offers by state: Andhra Pradesh 12.47%, "
    "Madhya Pradesh 10.95%, top ten states 74% (Business Standard 2025-07-21); age 21-24, "
    "education class 10/12, ITI, diploma or graduate, graduates the largest group, no IIT/IIM "
    "graduates, a flat Rs 5,000 a month for 12 months (The Hindu 2024-10-03; DT Next "
    "2024-10-04); among interns OBC 42.92%, women 31.01%, persons with disabilities 0.97% "
    "(Rajya Sabha reply, Hindustan Times 2026-02-11); offers declined for location, duration, "
    "higher education (Business Standard 2025-08-18). "
    "Not claimed: the 16.8% of SC and ST that received offers (what it is a share of is not "
    "said), and Andhra Pradesh's 10,899 offers (13.3% of offers, against the 12.47% followed "
    "here). "
    "Assumptions (tunable): 23,600 postings of 5 seats on average (118,000 opportunities), "
    "the share of the registered who never engage and the activity of the others (calibrated "
    "to the 214,000 who applied), the success model's signal strength (calibrated to the "
    "71,000 candidates with an offer), SC 16% and ST 6% of candidates (calibrated to the 22% "
    "of applications), companies per sector, the eight other top states and the rest, "
    "districts, education shares, placement distance and acceptance by distance, reasons' "
    "shares, and every other share; the other group shares among interns are used for all "
    "candidates.")

offer = {"application_status": "selected"}
DISTANCES = ("same district", "neighbouring district", "same state", "other state")
ROUNDS = {
    "r1": {
        "description": R1_DESCRIPTION, "seed": 2024, "reference_date": "2025-03-31",
        "registered": 338_000, "applications": 621_000, "offers": 82_077, "postings": 25_400,
        "sector_column": 2, "states": STATE_SHARES_R1,
        "internship_state_description": "State of the internship (Uttar Pradesh and the top "
                                        "ten published)",
        "social_group": {"OBC": 42.92, "SC": 14.26, "ST": 5.45, "General": 37.37},
        "social_group_description": "Social group (shares among interns, published)",
        "district_mode": "sampled",
        "inactive_share": 0.45, "activity_dispersion": 3.0, "signal_strength": 2.6,
        # Acceptance by distance (assumed): 52%, 38%, 28%, 12% give the published 34%.
        "accepted_by_distance": (52, 38, 28, 12),
        "offer_response_description": "The candidate's answer to an offer: 34% accepted "
                                      "(published); by distance (assumed)",
        "joined": 30.9,
        "joined_description": "Joined the internship: about 8,700 of 28,141 acceptances "
                              "(published)",
        "published": lambda: [
            figure("Registered candidates", 338_000, "daily8 2025-07", "students"),
            figure("Candidates who applied", 181_000, "PTI 2025-02-04", "outcomes",
                   distinct="student_id", tolerance=0.03),
            figure("Applications", 621_000, "PTI 2025-02-04", "outcomes", tolerance=0.02),
            figure("Partner companies", 280, "Business Standard 2025-07-21", "companies"),
            figure("Offers", 82_077, "PTI 2025-02-04", "outcomes", where=offer,
                   tolerance=0.02),
            figure("Candidates with an offer", 60_866, "PTI 2025-02-04", "outcomes",
                   where=offer, distinct="student_id", tolerance=0.05),
            figure("Offers accepted", 28_141, "Business Standard 2025-08-18", "outcomes",
                   where={"offer_response": "accepted"}, tolerance=0.03),
            figure("Joined", 8_700, "Hindustan Times 2025-07-22 (about 8,700)", "outcomes",
                   where={"joined": "yes"}, tolerance=0.05),
            figure("Offers in Uttar Pradesh", 0.14, "Business Standard 2025-07-21",
                   "outcomes", where=offer, share_by="students.state",
                   share_of=["Uttar Pradesh"], tolerance=0.05),
            figure("Offers in the top ten states", 0.688, "Business Standard 2025-07-21",
                   "outcomes", where=offer, share_by="students.state", top=10,
                   tolerance=0.02),
        ],
    },
    "r2": {
        "description": R2_DESCRIPTION, "seed": 2025, "reference_date": "2025-08-12",
        "registered": 346_000, "applications": 455_000, "offers": 82_110, "postings": 23_600,
        "sector_column": 3, "states": STATE_SHARES_R2,
        "internship_state_description": "State of the internship (Andhra Pradesh, Madhya "
                                        "Pradesh and the top ten published)",
        "social_group": {"OBC": 42.92, "SC": 16.0, "ST": 6.0, "General": 35.08},
        "social_group_description": "Social group (OBC among interns, published; SC and ST "
                                    "calibrated to 22% of applications)",
        # Exact district shares: equal weights are an assumption, not a sample.
        "district_mode": "exact",
        "inactive_share": 0.28, "activity_dispersion": 3.0, "signal_strength": 0.3,
        # Acceptance by distance (assumed): 45%, 32%, 23%, 9% give the published 29%.
        "accepted_by_distance": (45, 32, 23, 9),
        "offer_response_description": "The candidate's answer to an offer: 29% accepted "
                                      "(published); by distance (assumed)",
        "joined": 30.25,
        "joined_description": "Joined the internship: 7,300 of 24,131 acceptances "
                              "(published)",
        "published": lambda: [
            figure("Registered candidates", 346_000, "daily8 2025-07", "students"),
            figure("Candidates who applied", 214_000, "Business Standard 2025-07-28",
                   "outcomes", distinct="student_id", tolerance=0.03),
            figure("Applications", 455_000, "Business Standard 2025-07-28", "outcomes",
                   tolerance=0.02),
            figure("Partner companies", 327, "Business Standard 2025-07-28", "companies"),
            figure("Offers", 82_110, "Business Standard 2025-08-18", "outcomes", where=offer,
                   tolerance=0.02),
            figure("Candidates with an offer", 71_000, "Hindustan Times 2026-02-11",
                   "outcomes", where=offer, distinct="student_id", tolerance=0.05),
            figure("Offers accepted", 24_131, "Business Standard 2025-08-18", "outcomes",
                   where={"offer_response": "accepted"}, tolerance=0.03),
            figure("Joined", 7_300, "Hindustan Times 2026-02-11", "outcomes",
                   where={"joined": "yes"}, tolerance=0.05),
            figure("Applications from SC and ST candidates", 0.22,
                   "Business Standard 2025-07-28", "outcomes",
                   share_by="students.social_group", share_of=["SC", "ST"], tolerance=0.03),
            figure("Offers in Andhra Pradesh", 0.1247, "Business Standard 2025-07-21",
                   "outcomes", where=offer, share_by="students.state",
                   share_of=["Andhra Pradesh"], tolerance=0.05),
            figure("Offers in Madhya Pradesh", 0.1095, "Business Standard 2025-07-21",
                   "outcomes", where=offer, share_by="students.state",
                   share_of=["Madhya Pradesh"], tolerance=0.05),
            figure("Offers in the top ten states", 0.74, "Business Standard 2025-07-21",
                   "outcomes", where=offer, share_by="students.state", top=10,
                   tolerance=0.02),
        ],
    },
}


def main():
    base = json.loads((ROOT / "resources/presets/pmis-2025.json").read_text())
    r = ROUNDS[ROUND]
    s = {"schema_version": 1, "name": f"pmis-pilot-{ROUND}"}
    s["description"] = r["description"]
    s["seed"] = r["seed"]
    s["reference_date"] = r["reference_date"]
    apply_share = 0.30
    s["counts"] = {"students": r["registered"], "internships": r["postings"],
                   "interactions": round(r["applications"] / apply_share)}
    s["skills"] = SKILLS

    companies = {}
    for sector in SECTORS:
        key, label, n, industries, size = sector[0], sector[1], sector[r["sector_column"]], \
            sector[4], sector[5]
        prefix = label.split(" and ")[0].split(",")[0]
        companies[key] = {
            "label": label,
            "names": [f"{prefix} company {i:02d}" for i in range(1, n + 1)],
            "industries": industries,
            "size": shares({"large": 1} if size == "large" else {"large": 0.5, "mid": 0.5}),
            # The scheme pays a flat Rs 5,000 a month (the internships' stipend range below).
            "stipend": {"mean": 5000, "sd": 500, "min": 4000, "max": 6000},
            "reputation": {"mean": 4.0, "sd": 0.4, "min": 3.0, "max": 5.0},
            "founded": {"min": 1950, "max": 2010},
        }
    s["companies"] = companies

    st = base["students"]
    st["tiers"] = shares({"Tier-2": 0.3, "Tier-3": 0.7}, "exact")
    st["universities"] = {
        "Tier-2": ["State university", "Central university college", "Government polytechnic",
                   "Government ITI"],
        "Tier-3": ["Affiliated college", "Private polytechnic", "Private ITI", "School board"],
    }
    st["cgpa"] = {"Tier-2": {"mean": 7.2, "sd": 0.9, "min": 5.0, "max": 10.0},
                  "Tier-3": {"mean": 6.8, "sd": 1.0, "min": 5.0, "max": 10.0}}
    st["streams"] = shares({k: 1 for k in STREAMS})
    st["stream_skill_categories"] = STREAMS
    st["skills_per_student"] = {"min": 2, "max": 5}
    st["interests_per_student"] = {"min": 1, "max": 3}
    st["rural_urban"] = shares({"rural": 0.55, "urban": 0.45})
    cities = ["Lucknow", "Mumbai", "Ahmedabad", "Chennai", "Bengaluru", "Visakhapatnam", "Indore",
              "Jaipur", "Hyderabad", "Bhubaneswar", "Kolkata", "Patna", "Gurugram", "Delhi",
              "Kochi", "Ludhiana", "Ranchi", "Raipur", "Guwahati", "Dehradun"]
    st["cities"] = shares({c: 1 for c in cities})
    st["gender"] = shares({"Male": 0.6879, "Female": 0.3101, "Other": 0.002})
    st["graduation_year"] = shares({"2022": 0.2, "2023": 0.35, "2024": 0.45})
    st["previous_experience"] = shares({"No experience": 0.7, "1 project": 0.2,
                                        "1 internship": 0.1})
    st["created_within_days"] = 180
    s["students"] = st

    it = base["internships"]
    it["domains"] = shares({k: 1 for k in DOMAINS})
    it["domain_skills"] = DOMAINS
    it["required_skills"] = {"min": 2, "max": 3}
    it["stipend"] = {"min": 5000, "max": 5000, "round_to": 500}
    it["duration_months"] = shares({"12": 1})
    # The published opportunities (127,000 in round 1, 118,000 in round 2) on postings of 5 seats
    # each on average.
    it["positions"] = {"mid": {"min": 2, "max": 8}, "large": {"min": 2, "max": 8}}
    it["remote_work"] = shares({"no": 1})
    it["experience_level"] = shares({"entry": 1})
    it["active_share"] = 0.2
    it["created_within_days"] = 180
    it["deadline_within_days"] = 60
    s["internships"] = it

    ia = base["interactions"]
    ia["types"] = shares({"view": 0.5, "apply": apply_share, "shortlist": 0.12, "reject": 0.08})
    # Calibrated so that the published number of the registered apply (assumptions, tunable).
    ia["inactive_share"] = r["inactive_share"]
    ia["activity_dispersion"] = r["activity_dispersion"]
    ia["device"] = shares({"mobile": 0.8, "desktop": 0.18, "tablet": 0.02})
    ia["source"] = shares({"search": 0.5, "referral": 0.1, "direct": 0.25, "social": 0.15})
    ia["affinity"]["same_city"] = 2.0
    ia["affinity"]["stipend"] = 0.0
    ia["window_days"] = 150
    ia["max_applications_per_student"] = 5
    s["interactions"] = ia

    oc = base["outcomes"]
    oc["success_rate"] = round(r["offers"] / r["applications"], 6)
    oc["mode"] = "exact"
    # Offers concentrate on the stronger candidates, calibrated to the candidates with an offer.
    oc["signal_strength"] = r["signal_strength"]
    oc["max_offers_per_student"] = 2  # thecolumns.in (an earlier source says 3)
    oc["bias"] = {"tier": {"Tier-2": 0.0, "Tier-3": 0.0},
                  "gender": {"Male": 0.0, "Female": 0.0, "Other": 0.0}, "rural": 0.0}
    oc["rejection_reasons"] = ["Qualification mismatch", "Seats filled",
                               "Did not attend the interview", "Location constraints",
                               "Better-matched candidate selected", "Incomplete documents"]
    s["outcomes"] = oc

    columns = [
        {"table": "students", "name": "age", "unit": "years",
         "description": "Age: 21 to 24 (published rule)",
         "law": {"integers": {"min": 21, "max": 24}}},
        {"table": "students", "name": "qualification",
         "description": "Highest qualification (order published, shares assumed)",
         "law": categorical({"Graduate": 35, "10th": 22, "ITI": 18, "Diploma": 14, "12th": 11},
                            "exact")},
        {"table": "students", "name": "social_group", "role": "protected",
         "description": r["social_group_description"],
         "law": categorical(r["social_group"])},
        {"table": "students", "name": "disability", "role": "protected",
         "description": "Person with a disability (share among interns, published)",
         "law": categorical({"yes": 0.97, "no": 99.03})},
        {"table": "students", "name": "state", "description": "Home state (assumed)",
         "law": categorical(r["states"])},
        {"table": "students", "name": "district", "given": "state",
         "description": "Home district (assumed)",
         "laws": {k: categorical({d: 1 for d in v}, r["district_mode"])
                  for k, v in DISTRICTS.items()}},
        {"table": "internships", "name": "state",
         "description": r["internship_state_description"],
         "law": categorical(r["states"])},
        {"table": "internships", "name": "district", "given": "state",
         "description": "District of the internship (assumed)",
         "laws": {k: categorical({d: 1 for d in v}, r["district_mode"])
                  for k, v in DISTRICTS.items()}},
        {"table": "outcomes", "name": "placement_distance",
         "description": "Where the offered internship is, from the candidate's home (assumed)",
         "given": "application_status",
         "laws": {"selected": categorical({"same district": 30, "neighbouring district": 25,
                                           "same state": 25, "other state": 20}),
                  "rejected": None}},
        {"table": "outcomes", "name": "offer_response",
         "description": r["offer_response_description"],
         "given": "placement_distance",
         "laws": {d: categorical({"accepted": a, "declined": 100 - a})
                  for d, a in zip(DISTANCES, r["accepted_by_distance"])}},
        {"table": "outcomes", "name": "decline_reason",
         "description": "Why an offer was declined (reasons published, shares assumed)",
         "given": "offer_response",
         "laws": {"declined": categorical({"location": 50, "duration": 25,
                                           "higher education": 15, "other": 10}),
                  "accepted": None}},
        {"table": "outcomes", "name": "joined",
         "description": r["joined_description"],
         "given": "offer_response",
         "laws": {"accepted": categorical({"yes": r["joined"],
                                           "no": round(100 - r["joined"], 6)}),
                  "declined": None}},
    ]
    s["columns"] = columns

    s["published"] = r["published"]()
    OUT.write_text(json.dumps(s, indent=2, ensure_ascii=False) + "\n")
    # Acceptance implied by the assumed distances: the published 34% within rounding.
    dist = columns[8]["laws"]["selected"]["categorical"]["shares"]
    acc = sum(dist[k] / 100 * columns[9]["laws"][k]["categorical"]["shares"]["accepted"] / 100
              for k in dist)
    print(f"wrote {OUT}; offers accepted {acc:.3f} of offers, "
          f"joined {acc * r['joined'] / 100:.3f}")


if __name__ == "__main__":
    main()
