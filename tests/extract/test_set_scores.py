"""Exact-fact F1 of the extractor over each set of report passages with hand-made gold, micro-averaged over
the set's files (the shared scorer's counts summed), held above a floor that only rises.

The development sets (devset*) steer the rules; the held-out sets were built blind (gold committed before
any extractor ran on them): holdout and holdout2 have since steered fixes through their miss causes in
words, holdout3 has steered nothing. Never tune rules on a blind set's passages. docs/devset.md has the
history of these figures.
"""

from __future__ import annotations

import pytest
from tests import goldset
from tests.extract.test_seed_score import load_scorer
from tests.goldset import SETS, GoldSet

# The figure reached, rounded down; raise it when the extractor improves.
FLOORS = {
    # development sets: first run, then after each day's fixes
    "devset": 0.97,  # 0.589 at first, 0.942 (2026-11-27), 0.946 (2026-11-28), 0.958 (third day, 76edfe8), 0.966, 0.973
    "devset2": 0.90,  # 0.627 first (15fb49a), 0.771 (2026-11-28), 0.820 (76edfe8), 0.827 (c2b575b), 0.838, 0.845, 0.859
    "devset3": 0.92,  # 0.624 first (9ebf87f), 0.721, 0.783 (56624ce), 0.865 (6dbc6cc), 0.887 (7th day), 0.898, 0.905
    "devset4": 0.94,  # 0.833 first (extractor 02f2f12), 0.885 (56624ce), 0.937 (76edfe8), 0.944 (12th)
    "devset5": 0.98,  # official report sections: 0.694 first (b7230d9), 0.938 (6dbc6cc), 0.950 (c2b575b), 0.967, 0.975
    "devset7": 0.96,  # releases: 0.796 first (2e74eb6, 89 facts), 0.856 (6cf395a, 97), 0.907 (76edfe8), 0.933, 0.943
    # ... 0.969 (12th)
    "devset8": 0.97,  # monthly, cumulative: 0.675 first (318da4d; 221da1d too), 0.846, 0.862 (6th day), 0.881, 0.971
    "devset9": 0.92,  # social fields: 0.688 first (3900d8b; 221da1d the same), 0.835 (76edfe8), 0.844 (c2b575b), 0.885
    # ... 0.923 (12th)
    "devset10": 0.88,  # district and commune reports: 0.747 first (2333db6), 0.797 (c2b575b), 0.803 (be3985b), 0.842
    # ... 0.888 (12th)
    "devset11": 0.95,  # monthly releases: 0.788 first (6dbc6cc), 0.846 (b23f010), 0.858, 0.870 (15f5d40), 0.882, 0.918
    # ... 0.952 (12th)
    "devset12": 0.94,  # quarterly and six-month reports: 0.760 first (64e1e34), 0.840 (3a7e3ae), 0.906, 0.912, 0.928
    "devset13": 0.93,  # annual reports against the plan: 0.772 first (64e1e34), 0.802 (c2b575b), 0.847 (fifth day)
    # ... 0.939 (12th)
    "devset14": 0.93,  # departments' sector reports: 0.697 first (85d65ad; 551119d the same), 0.801 (42ede36), 0.817
    # ... 0.931 (12th)
    "devset15": 0.94,  # monthly releases 2010-2016: 0.742 first (75ddaa9; 551119d 0.736), 0.896 (42ede36), 0.909
    # ... 0.945 (12th)
    "devset16": 0.93,  # 2024-2025 and the 2025 merger: 0.725 first (4e7cdd4), 0.842 (3a7e3ae), 0.8498 (5th day), 0.904
    # ... 0.934 (12th)
    "devset17": 0.96,  # official sections from government portals: 0.827 first (f35d66e; 5c053c6 the same), 0.932
    "devset18": 0.92,  # sector releases (IIP, livestock, prices, transit): 0.755 first (d7c5c15), 0.860, 0.877, 0.881
    "devset19": 0.91,  # year-end summaries, targets met and set: 0.702 first (aab00df; 5c053c6 0.686), 0.824, 0.833
    "devset20": 0.96,  # monthly releases, several bases: 0.779 first (fde49c0; 5c053c6 the same), 0.931, 0.944, 0.950
    "devset21": 0.87,  # social fields, numbers that are no facts: 0.634 first (ef61762), 0.671, 0.790, 0.810, 0.824
    "devset22": 0.90,  # district, town and commune reports: 0.767 first (ec1ab24; 5c053c6 0.752), 0.786, 0.802, 0.820
    # ... 0.904 (12th)
    "devset23": 0.97,  # monthly and quarterly releases 2017-2025: 0.842 first (90d453a), 0.875, 0.909, 0.926 (8th day)
    "devset24": 0.95,  # agriculture, forestry and fisheries: 0.789 first (74077e6; 5c053c6 0.739), 0.889, 0.898, 0.929
    "devset25": 0.87,  # social sections, numbers that are no facts: 0.623 first (f3d0eae), 0.723, 0.727, 0.748, 0.780
    # ... 0.877 (12th)
    # devset25: lowered because the gold changed ("X/Y", plan Y, gives `total`; 15 facts gone): 0.858 -> 0.841,
    # back to 0.86 once a pair of percents outside an aside gives its total (0.867)
    "devset26": 0.95,  # plan-tracking sections and target tables: 0.580 first (67923cc), 0.857, 0.870, 0.894, 0.906
    # ... 0.956 (12th)
    "devset28": 0.94,  # 2025, after the reorganisation (7th day): 0.737 first (c0c72b5; ccedc53, 5c053c6 0.735), 0.760
    # ... 0.950 (12th)
    "devset29": 0.96,  # newspapers on Quảng Ngãi, 2 passages (seventh day): 0.820 first (ccedc53; 5c053c6 0.689), 0.871
    "devset30": 0.91,  # monthly releases 2012-2019 (7th day): 0.673 first (75690a3; 5c053c6 0.608), 0.799, 0.848, 0.867
    # ... 0.915 (12th)
    "devset31": 0.93,  # growth and change in many ways: 0.803 first (dcf9593; 7741f99 too), 0.848, 0.900, 0.924, 0.932
    "devset32": 0.90,  # social sections (8th day): 0.702 first (986bba3; 7741f99, the day's start, too), 0.853, 0.859
    # ... 0.904 (12th)
    "devset33": 0.93,  # 2025 after the reorganisation: 0.812 first (85eb3b4; 7741f99 too), 0.861, 0.866, 0.878
    # ... 0.933 (12th)
    "devset34": 0.94,  # district, town and department reports (8th day): 0.865 with 7741f99, 0.877 first, 0.907, 0.915
    "devset35": 0.95,  # reports to the HĐND, 2010-2025 (8th day): 0.780 with 7741f99, 0.800 fd494f3, 0.804 first, 0.903
    # ... 0.952 (12th)
    "devset36": 1.00,  # tables with comparison columns (8th day): 0.000 first (7741f99, fd494f3), 0.925, 0.969, 1.000
    "devset37": 0.92,  # report openings (9th day): 0.759 first (4232d47 and f4f6275), 0.812, 0.866, 0.874, 0.904, 0.916
    # ... 0.928 (12th)
    "devset38": 0.83,  # economic sections, cumulative months (9th day): 0.735 first (4232d47 and f4f6275), 0.800, 0.816
    # ... 0.835 (12th)
    "devset39": 0.89,  # rarely covered provinces (9th day): 0.793 first (4232d47 and 2cd9d8b the same), 0.814, 0.846
    # ... 0.893 (12th)
    "devset40": 0.92,  # monthly releases (9th day): 0.762 first (4232d47 and b23a3f8 the same), 0.819, 0.898
    # ... 0.928 (12th)
    "devset41": 0.89,  # social sections (9th day): 0.793 first (4232d47 and a576bf5 the same), 0.847, 0.876
    "devset42": 0.90,  # districts, wards, communes (9th day): 0.872 first (4232d47 and e2c9cd9 the same), 0.900
    "devset43": 0.88,  # national releases, ministries (9th day): 0.727 first (4232d47 and 440fea2 the same), 0.744
    # ... 0.885 (12th)
    "devset44": 0.94,  # provincial openings (9th day): 0.790 first (4232d47 and 440fea2 the same), 0.853, 0.870, 0.925
    # ... 0.947 (12th)
    "devset46": 0.95,  # sector departments (9th day): 0.897 first (4232d47 and e10bb6d the same), 0.906, 0.923, 0.931
    "devset47": 0.94,  # communes after the merger, planning tables (9th session): 0.418 first (2a09b7c); the two tables
    # ... 0.943 (12th)
    # (193 of 297 gold facts) give none, the nine prose passages 84/104 exact
    "devset45": 0.97,  # UBND monthly and quarterly reports (9th day): 0.946 first with 4232d47 (0.939 with 1a8100d,
    # ... 0.975 (12th)
    # one fact lost to a rule then narrowed), 0.946
    "devset48": 0.93,  # dense statistics releases (9th session): 0.819 first (2a09b7c), 0.886, 0.939 (12th)
    "devset49": 0.95,  # after the July 2025 merger (10th session): 0.815 first (82ffb4a), 0.943, 0.956
    "devset51": 0.91,  # reports of 2011-2014 (10th session): 0.757 first (4cf3078), 0.765 (ad7f5d4), 0.886, 0.896
    # ... 0.915 (12th)
    "devset52": 0.87,  # social sections (11th session): first 0.818 (641fc30), 0.857, 0.879 (12th)
    "devset53": 0.93,  # economic sections of provinces rarely covered (11th session): 0.875 first (0c5af4d), 0.937
    "devset54": 0.97,  # plan-tracking 6- and 9-month reports (11th session): first 0.839 (3f1dc76), 0.969, 0.978 (12th)
    "devset55": 0.93,  # quarterly and monthly reports, rare provinces (12th session): first 0.927 (a8b4f4d)
    # ... 0.936 (12th)
    "devset56": 0.87,  # year-end and six-month accounts with targets (12th session): first 0.837 (a8b4f4d)
    # ... 0.871 (12th)
    "devset57": 0.93,  # whole reports with section headings, rare provinces (12th session): first 0.785 (16a6ae4)
    # ... 0.938 (12th)
    "devset58": 0.92,  # reports of 2010-2017 of every kind, rare provinces (12th session): first 0.839 (65b4679)
    # ... 0.929 (12th)
    "devset6": 0.99,  # official report sections: 0.854 first (extractor 7724871), 0.950 (56624ce), 0.950 (76edfe8)
    # held-out sets: built blind; holdout and holdout2 have steered fixes and are development now
    "holdout": 0.97,  # 0.597 blind (2b8d074), 0.725 (2026-11-27), 0.911 (2026-11-28), 0.931 (56624ce), 0.955 (76edfe8)
    "holdout2": 0.89,  # 0.539 blind (208270f), 0.635, 0.789 (76edfe8), 0.796 (c2b575b), 0.803 (5th day), 0.837, 0.844
    "holdout3": 0.67,  # blind: 0.591 first (e6197f1; 0.556 with 208270f), 0.651 (56624ce), 0.654 (76edfe8), 0.661
    # ... 0.674 (12th)
    "holdout4": 0.85,  # blind: 0.715 first (02f2f12), 0.738 (56624ce), 0.749 (c2b575b), 0.781 (4495ab0), 0.812, 0.846
    "holdout6": 0.85,  # blind, official: 0.810 first (d8caea5; 221da1d the same), 0.819 (76edfe8), 0.824, 0.849, 0.852
    "holdout7": 0.93,  # blind, official: 0.845 with 221da1d, 0.861 first (3900d8b), 0.869 (42ede36), 0.900 (8th day)
    # ... 0.937 (12th)
    "holdout8": 0.78,  # blind, official: 0.698 first (9eee179; 221da1d the same), 0.733 (2b9f736), 0.765 (be3985b)
    "holdout9": 0.85,  # blind, mixed official sections: 0.801 first (092c4bb; 551119d the same), 0.825, 0.837 (8th day)
    "holdout10": 0.90,  # blind, mixed official sections: 0.822 first (d400c2a; 551119d too), 0.859 (7th day), 0.877
    "holdout11": 0.86,  # blind, official sections (fifth day): 0.836 first (f35d66e; 5c053c6 the same)
    "holdout12": 0.85,  # blind, statistics-office releases (fifth day): 0.692 first (aa5cf89), 0.762 (4495ab0), 0.780
    # ... 0.852 (12th)
    "holdout13": 0.69,  # blind, provincial and district sections (5th day): 0.582 first (354d31f; 5c053c6 too), 0.635
    "holdout14": 0.89,  # blind, report sections of every kind (fifth day): 0.864 first (db5a5a5; 5c053c6 the same)
    # ... 0.891 (12th)
    "holdout16": 0.92,  # blind, finance and investment sections: 0.854 first (6f38cc1; 5c053c6 too), 0.885, 0.893
    # ... 0.925 (12th)
    "holdout17": 0.74,  # blind, social sections (sixth day): 0.702 first (bdee6f9; 5c053c6 0.649), 0.709, 0.718, 0.722
    "holdout18": 0.86,  # blind, sections of every kind and level (6th day): 0.817 first (08ec9d3; 5c053c6 too), 0.833
    # ... 0.861 (12th)
    "holdout19": 0.92,  # blind, sections of every kind and period (sixth day): 0.836 first (67923cc; 5c053c6 0.829)
    # ... 0.929 (12th)
    "holdout15": 0.88,  # blind, report sections of every kind (sixth day): 0.806 first (6f38cc1; 5c053c6 the same)
    # ... 0.890 (12th)
    "holdout20": 0.89,  # blind, sections of every kind (7th day, 8 passages): 0.811 first (6305261), 0.832, 0.851
    # ... 0.894 (12th)
    "holdout21": 0.84,  # blind, sections of every kind (8th day): 0.808 first (9522fb8; 7741f99 the same), 0.817, 0.820
    # ... 0.845 (12th)
    "holdout22": 0.88,  # blind, economic sections: 0.871 with the day's start 7741f99, 0.877 (8a98a28), 0.882
    "holdout23": 0.87,  # blind, sections of every kind (8th day): 0.821 with the day's start 7741f99, 0.824, 0.832
    "holdout24": 0.75,  # blind, every kind (8th day): 0.679 with the day's start 7741f99, 0.689 first (af450bb), 0.703
    "holdout25": 0.76,  # blind, every kind (8th day): 0.732 with 7741f99, 0.730 with fd494f3 and first (7a9f647), 0.760
    "holdout26": 0.80,  # blind, departments, a district, gap years (8th day): 0.785 with 7741f99, 0.788 first (5ad4434)
    "holdout27": 0.90,  # blind, every kind (9th day): 0.856 first (4232d47, the day's start, and 97d0bc0 the same)
    # ... 0.902 (12th)
    "holdout28": 0.80,  # blind, every kind (9th day): 0.768 first (4232d47 and d91e218 the same), 0.775
    "holdout29": 0.71,  # blind, social and agricultural sections (9th day): 0.691 first (4232d47 and b43b54c alike)
    "holdout30": 0.79,  # blind, economic sections (9th day): 0.781 first (4232d47 and 7ad8fa1 the same), 0.799 (12th)
    "holdout31": 0.87,  # blind, every kind (9th day): 0.822 first (4232d47 and 57e5b69 the same), 0.836, 0.878
    "holdout32": 0.91,  # blind, every kind (9th day): 0.906 first (4232d47 and b750290 the same)
    "holdout33": 0.83,  # blind, every kind, districts and a commune (9th session): 0.830 first (2a09b7c)
    "holdout34": 0.86,  # blind (10th session): 0.853 first (82ffb4a), 0.862 (12th)
    "holdout35": 0.76,  # blind (10th session): 0.769 first (fc33a16)
    "holdout36": 0.76,  # blind (11th session): 0.763 first (7524829)
    "holdout37": 0.87,  # blind (11th session): 0.860 first (d32666a), 0.872
    "holdout38": 0.88,  # blind, every kind (12th session): first 0.863 (d310604), 0.884 (12th)
    "holdout39": 0.91,  # blind, every kind, four of 2014-2016 (12th session): first 0.914 (4c3951b)
    "holdout5": 0.83,  # blind, official: 0.797 first (7724871; 0.752 with 02f2f12), 0.817 (76edfe8), 0.830 (sixth day)
}


@pytest.mark.parametrize("gold_set", SETS, ids=lambda s: s.name)
def test_exact_fact_f1_is_at_least_the_floor(gold_set: GoldSet) -> None:
    if not goldset.passages(gold_set.folder):
        pytest.skip(f"no {gold_set.name} set")
    f1, count, gold = goldset.micro_exact_f1(gold_set.folder, load_scorer())
    print(f"{gold_set.name} exact-fact F1: {f1:.3f} over {count} passages, {gold} gold facts")
    assert f1 >= FLOORS[gold_set.name]


def test_every_set_has_a_floor() -> None:
    assert {s.name for s in SETS} == set(FLOORS)
