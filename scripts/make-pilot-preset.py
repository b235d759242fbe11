#!/usr/bin/env python3
# Writes resources/presets/pmis-pilot-r1.json: the PM Internship Scheme's round 1 as published.
# Every figure is either published (its source is named in the preset's description and in the
# README's "The pilot preset" section) or an assumption, marked as such in the same places.
# Usage: scripts/make-pilot-preset.py [OUT]
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources/presets/pmis-pilot-r1.json"

# Published round-1 figures (PTI 2025-02-04; Business Standard 2025-07-21, 2025-08-18;
# Hindustan Times 2025-07-22, 2026-02-11).
REGISTERED = 338_000
APPLICANTS = 181_000
APPLICATIONS = 621_000
OFFERS = 82_077
OFFERED = 60_866
ACCEPTED = 28_141
JOINED = 8_700
COMPANIES = 280

# Sectors of the scheme and how many of the 280 companies each has (the split is an assumption).
SECTORS = [
    ("oil_gas_energy", "Oil, gas and energy", 30, ["Oil and gas", "Power"], "large"),
    ("banking_finance", "Banking and financial services", 34, ["Banking", "Insurance"], "large"),
    ("it", "Information technology", 26, ["IT services", "Software"], "large"),
    ("fmcg", "FMCG", 22, ["Consumer goods", "Food processing"], "mid"),
    ("manufacturing", "Manufacturing", 28, ["Engineering", "Electrical equipment"], "mid"),
    ("automotive", "Automotive", 20, ["Automobiles", "Auto components"], "mid"),
    ("metals_mining", "Metals and mining", 18, ["Steel", "Mining"], "large"),
    ("infrastructure", "Infrastructure", 24, ["Construction", "Cement"], "mid"),
    ("pharma_health", "Pharmaceuticals and healthcare", 22, ["Pharmaceuticals", "Hospitals"], "mid"),
    ("telecom", "Telecom", 10, ["Telecom"], "large"),
    ("textiles", "Textiles", 14, ["Textiles"], "mid"),
    ("agriculture", "Agriculture", 16, ["Agri inputs", "Agri processing"], "mid"),
    ("travel_hospitality", "Travel and hospitality", 16, ["Hotels", "Travel"], "mid"),
]
assert sum(s[2] for s in SECTORS) == COMPANIES

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

# Offers by state, round 1: Uttar Pradesh 14% and the top ten 68.8% (Business Standard
# 2025-07-21); the other nine states and the rest are an assumption with the same total.
STATE_SHARES = {
    "Uttar Pradesh": 14.0, "Maharashtra": 9.5, "Gujarat": 7.5, "Tamil Nadu": 6.5,
    "Karnataka": 6.0, "Andhra Pradesh": 5.5, "Madhya Pradesh": 5.5, "Rajasthan": 5.0,
    "Telangana": 4.8, "Odisha": 4.5,
    "West Bengal": 3.6, "Bihar": 3.4, "Haryana": 3.0, "Delhi": 3.0, "Kerala": 2.8,
    "Punjab": 2.6, "Jharkhand": 2.6, "Chhattisgarh": 2.4, "Assam": 2.2, "Uttarakhand": 1.8,
    "Himachal Pradesh": 1.2, "Jammu and Kashmir": 1.0, "Goa": 0.8, "Tripura": 0.5,
    "Meghalaya": 0.3,
}
assert abs(sum(STATE_SHARES.values()) - 100) < 1e-9
assert abs(sum(list(STATE_SHARES.values())[:10]) - 68.8) < 1e-9

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
assert set(DISTRICTS) == set(STATE_SHARES)


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


def main():
    base = json.loads((ROOT / "resources/presets/pmis-2025.json").read_text())
    s = {"schema_version": 1, "name": "pmis-pilot-r1"}
    s["description"] = (
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
    s["seed"] = 2024
    s["reference_date"] = "2025-03-31"
    apply_share = 0.30
    s["counts"] = {"students": REGISTERED, "internships": 25_400,
                   "interactions": round(APPLICATIONS / apply_share)}
    s["skills"] = SKILLS

    companies = {}
    for key, label, n, industries, size in SECTORS:
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
    # 127,000 opportunities on 25,400 postings: 5 seats each on average (published total).
    it["positions"] = {"mid": {"min": 2, "max": 8}, "large": {"min": 2, "max": 8}}
    it["remote_work"] = shares({"no": 1})
    it["experience_level"] = shares({"entry": 1})
    it["active_share"] = 0.2
    it["created_within_days"] = 180
    it["deadline_within_days"] = 60
    s["internships"] = it

    ia = base["interactions"]
    ia["types"] = shares({"view": 0.5, "apply": apply_share, "shortlist": 0.12, "reject": 0.08})
    # Calibrated so that about 181,000 of the 338,000 registered apply (assumptions, tunable).
    ia["inactive_share"] = 0.45
    ia["activity_dispersion"] = 3.0
    ia["device"] = shares({"mobile": 0.8, "desktop": 0.18, "tablet": 0.02})
    ia["source"] = shares({"search": 0.5, "referral": 0.1, "direct": 0.25, "social": 0.15})
    ia["affinity"]["same_city"] = 2.0
    ia["affinity"]["stipend"] = 0.0
    ia["window_days"] = 150
    ia["max_applications_per_student"] = 5
    s["interactions"] = ia

    oc = base["outcomes"]
    oc["success_rate"] = round(OFFERS / APPLICATIONS, 6)
    oc["mode"] = "exact"
    # Offers concentrate on the stronger candidates: 82,077 offers to about 60,866 (calibrated).
    oc["signal_strength"] = 2.6
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
        {"table": "students", "name": "social_group",
         "description": "Social group (shares among interns, published)",
         "law": categorical({"OBC": 42.92, "SC": 14.26, "ST": 5.45, "General": 37.37})},
        {"table": "students", "name": "disability",
         "description": "Person with a disability (share among interns, published)",
         "law": categorical({"yes": 0.97, "no": 99.03})},
        {"table": "students", "name": "state", "description": "Home state (assumed)",
         "law": categorical(STATE_SHARES)},
        {"table": "students", "name": "district", "given": "state",
         "description": "Home district (assumed)",
         "laws": {k: categorical({d: 1 for d in v}) for k, v in DISTRICTS.items()}},
        {"table": "internships", "name": "state",
         "description": "State of the internship (Uttar Pradesh and the top ten published)",
         "law": categorical(STATE_SHARES)},
        {"table": "internships", "name": "district", "given": "state",
         "description": "District of the internship (assumed)",
         "laws": {k: categorical({d: 1 for d in v}) for k, v in DISTRICTS.items()}},
        {"table": "outcomes", "name": "placement_distance",
         "description": "Where the offered internship is, from the candidate's home (assumed)",
         "given": "application_status",
         "laws": {"selected": categorical({"same district": 30, "neighbouring district": 25,
                                           "same state": 25, "other state": 20}),
                  "rejected": None}},
        {"table": "outcomes", "name": "offer_response",
         "description": "The candidate's answer to an offer: 34% accepted (published); by "
                        "distance (assumed)",
         "given": "placement_distance",
         "laws": {"same district": categorical({"accepted": 52, "declined": 48}),
                  "neighbouring district": categorical({"accepted": 38, "declined": 62}),
                  "same state": categorical({"accepted": 28, "declined": 72}),
                  "other state": categorical({"accepted": 12, "declined": 88})}},
        {"table": "outcomes", "name": "decline_reason",
         "description": "Why an offer was declined (reasons published, shares assumed)",
         "given": "offer_response",
         "laws": {"declined": categorical({"location": 50, "duration": 25,
                                           "higher education": 15, "other": 10}),
                  "accepted": None}},
        {"table": "outcomes", "name": "joined",
         "description": "Joined the internship: about 8,700 of 28,141 acceptances (published)",
         "given": "offer_response",
         "laws": {"accepted": categorical({"yes": 30.9, "no": 69.1}), "declined": None}},
    ]
    s["columns"] = columns

    offer = {"application_status": "selected"}
    s["published"] = [
        figure("Registered candidates", REGISTERED, "daily8 2025-07", "students"),
        figure("Candidates who applied", APPLICANTS, "PTI 2025-02-04", "outcomes",
               distinct="student_id", tolerance=0.03),
        figure("Applications", APPLICATIONS, "PTI 2025-02-04", "outcomes", tolerance=0.02),
        figure("Partner companies", COMPANIES, "Business Standard 2025-07-21", "companies"),
        figure("Offers", OFFERS, "PTI 2025-02-04", "outcomes", where=offer, tolerance=0.02),
        figure("Candidates with an offer", OFFERED, "PTI 2025-02-04", "outcomes", where=offer,
               distinct="student_id", tolerance=0.05),
        figure("Offers accepted", ACCEPTED, "Business Standard 2025-08-18", "outcomes",
               where={"offer_response": "accepted"}, tolerance=0.03),
        figure("Joined", JOINED, "Hindustan Times 2025-07-22 (about 8,700)", "outcomes",
               where={"joined": "yes"}, tolerance=0.05),
        figure("Offers in Uttar Pradesh", 0.14, "Business Standard 2025-07-21", "outcomes",
               where=offer, share_by="students.state", share_of=["Uttar Pradesh"],
               tolerance=0.05),
        figure("Offers in the top ten states", 0.688, "Business Standard 2025-07-21", "outcomes",
               where=offer, share_by="students.state", top=10, tolerance=0.02),
    ]
    OUT.write_text(json.dumps(s, indent=2, ensure_ascii=False) + "\n")
    # Acceptance implied by the assumed distances: the published 34% within rounding.
    dist = columns[8]["laws"]["selected"]["categorical"]["shares"]
    acc = sum(dist[k] / 100 * columns[9]["laws"][k]["categorical"]["shares"]["accepted"] / 100
              for k in dist)
    print(f"wrote {OUT}; offers accepted {acc:.3f} of offers, joined {acc * 0.309:.3f}")


if __name__ == "__main__":
    main()
