import csv

from sqlalchemy import func, select

from ktxh.extract import ExtractResult, extract
from ktxh.model import Fact
from ktxh.store import queries
from ktxh.store.ingest import ingest_file, ingest_text, preview_text, report_title, uncatalogued_code
from ktxh.store.load import BUNDLED_FIGURES
from ktxh.store.schema import Document, Indicator, IndicatorAlias, Observation

# floors that only rise: a wrong match is worse than an uncatalogued fact, which the officer sees listed
MATCH_PRECISION_FLOOR = 0.95
MATCH_SHARE_FLOOR = 0.65


def test_title_names_org_unit_and_period(seed_text):
    assert "9 tháng đầu năm 2012" in report_title(seed_text)


def test_ingesting_the_seed_keeps_every_fact_with_its_offset(store, seed_text, seed_path):
    facts = extract(seed_text).facts
    result = ingest_file(store, seed_path)
    assert result.new_document
    assert result.preview.org_unit_code == "12"
    assert result.preview.period_label == "9 tháng đầu năm 2012"
    with store.reading() as session:
        stored = set(
            session.scalars(select(Observation.source_offset).where(Observation.document_id == result.document_id))
        )
    kept = {f.offset for f in facts if f.value is not None or f.comparisons}
    assert kept and kept <= stored

    # the bundled figures say which catalog indicator each of the seed's figures is
    with BUNDLED_FIGURES.open(encoding="utf-8") as fh:
        truth = {int(r["source_offset"]): r["indicator_code"] for r in csv.DictReader(fh)}
    matched = [o for o in result.preview.outcomes if o.status == "matched" and o.fact.offset in truth]
    right = sum(truth[o.fact.offset] == o.indicator_code for o in matched)
    print(f"matched {len(matched)} of {len(kept)} facts, {right} to the right indicator")
    assert right / len(matched) >= MATCH_PRECISION_FLOOR
    assert len(matched) / len(kept) >= MATCH_SHARE_FLOOR


def test_ingesting_twice_changes_nothing(store, seed_text):
    first = ingest_text(store, seed_text, source="seed.txt")
    with store.reading() as session:
        before = session.scalar(select(func.count()).select_from(Observation))
    second = ingest_text(store, seed_text, source="seed.txt")
    with store.reading() as session:
        after = session.scalar(select(func.count()).select_from(Observation))
        documents = session.scalar(select(func.count()).select_from(Document))
    assert first.added > 0 and second.added == 0 and not second.new_document
    assert before == after and documents == 1


def test_values_are_scaled_and_comparisons_kept(store, seed_text):
    ingest_text(store, seed_text)
    with store.reading() as session:
        rows = [r for r in queries.current_observations(session) if r.unit_written == "nghìn tấn" and r.value]
    assert rows, "the seed gives maize output in nghìn tấn"
    maize = rows[0]
    assert maize.value is not None and maize.value_written is not None
    assert abs(maize.value - float(maize.value_written) * 1000) < 1e-6


def test_preview_stores_nothing(store, seed_text):
    with store.reading() as session:
        preview = preview_text(session, seed_text)
        assert preview.outcomes
        assert session.scalar(select(func.count()).select_from(Observation)) == 0


def test_confirmed_fuzzy_matches_are_learned_as_aliases(store):
    text = (
        "Báo cáo tình hình kinh tế - xã hội tỉnh Lai Châu tháng 9 năm 2013\n\n"
        "Sản lượng lúa toàn tỉnh ước đạt 1.234 tấn, tăng 5% so với cùng kỳ.\n"  # matched by its words, not its name
    )
    result = ingest_text(store, text, learn_aliases=True)
    matched = [o for o in result.preview.outcomes if o.status == "matched"]
    assert len(matched) == 1
    with store.reading() as session:
        learned = session.scalars(select(IndicatorAlias.alias).where(IndicatorAlias.origin == "learned")).all()
    assert learned == [matched[0].fact.indicator]


def test_unknown_names_are_stored_as_uncatalogued(store):
    text = (
        "Báo cáo tình hình kinh tế - xã hội tỉnh Lai Châu tháng 9 năm 2013\n\n"
        "Số con mèo được tiêm phòng đạt 1.234 con, tăng 5% so với cùng kỳ.\n"
    )
    result = ingest_text(store, text)
    assert result.preview.count("uncatalogued") == 1
    assert result.preview.period_label == "tháng 9 năm 2013"
    with store.reading() as session:
        rows = queries.current_observations(session, period_label="tháng 9 năm 2013")
        assert [r.indicator_code.startswith("uncatalogued.") for r in rows] == [True]
        learned = session.scalar(
            select(func.count()).select_from(IndicatorAlias).where(IndicatorAlias.origin == "learned")
        )
    assert learned == 0


def test_a_figure_loaded_and_read_from_a_report_is_current_once(seed_store, seed_text):
    ingest_text(seed_store, seed_text)
    with seed_store.reading() as session:
        one = queries.current_observations(session, indicator_code="nn.luong_thuc.san_luong", org_unit_code="12")
        every = queries.current_observations(
            session, indicator_code="nn.luong_thuc.san_luong", org_unit_code="12", per_source=True
        )
    assert len(one) == 1
    assert len(every) == 2 and {r.document_id is None for r in every} == {True, False}


def test_both_ends_of_a_range_match_the_indicator_named_without_them(store):
    text = (
        "Báo cáo tình hình kinh tế - xã hội tỉnh Lai Châu năm 2013\n\n"
        "Sản lượng lương thực đạt 190.000 tấn (kế hoạch 185.000-195.000 tấn).\n"
    )
    with store.reading() as session:
        preview = preview_text(session, text)
    ends = [o for o in preview.outcomes if o.fact.indicator.endswith(("mức thấp", "mức cao"))]
    assert [o.fact.value for o in ends] == [185000, 195000]
    assert [o.status for o in ends] == ["matched", "matched"]
    whole = next(o for o in preview.outcomes if o.fact.value == 190000)
    assert {o.indicator_code for o in ends} == {whole.indicator_code}


def test_uncatalogued_codes_fit_their_column_and_keep_long_names_apart():
    assert uncatalogued_code("Số con mèo được tiêm phòng", "con") == "uncatalogued.so_con_meo_duoc_tiem_phong.con"
    words = "Số cơ quan hành chính nhà nước trên địa bàn tỉnh áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn "
    first, second = words * 2 + "cấp tỉnh", words * 2 + "cấp huyện"
    codes = {uncatalogued_code(first, "cơ quan"), uncatalogued_code(second, "cơ quan")}
    assert len(codes) == 2 and all(len(code) <= 120 for code in codes)
    assert uncatalogued_code(first, "cơ quan") in codes  # the same name, the same code: ingesting twice adds nothing


def test_a_name_longer_than_the_columns_is_stored_cut_on_every_database(store, monkeypatch):
    # what an extractor's run-on description gave once: PostgreSQL refused the code (SQLite keeps any length)
    words = "Số cơ quan hành chính nhà nước trên địa bàn tỉnh áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn "
    names = [words * 5 + "cấp tỉnh", words * 5 + "cấp huyện"]
    text = "Báo cáo tình hình kinh tế - xã hội tỉnh Lai Châu tháng 9 năm 2013\n\nCó 12 cơ quan, 14 cơ quan.\n"
    facts = [
        Fact(offset=text.index(figure), indicator=name, value=value, unit="cơ quan")
        for figure, name, value in (("12", names[0], 12.0), ("14", names[1], 14.0))
    ]
    monkeypatch.setattr("ktxh.extract.extract", lambda _text: ExtractResult(facts, []))
    first = ingest_text(store, text)
    assert first.preview.count("uncatalogued") == 2
    assert ingest_text(store, text).added == 0
    with store.reading() as session:
        rows = queries.current_observations(session, period_label="tháng 9 năm 2013")
        stored = session.execute(select(Indicator.code, Indicator.name).where(Indicator.status == "uncatalogued"))
        stored = stored.all()
    assert sorted(r.value for r in rows) == [12.0, 14.0]
    assert len({r.indicator_code for r in rows}) == 2
    assert len(stored) == 2
    assert all(len(code) <= 120 and len(name) <= 400 and name.startswith(words) for code, name in stored)
