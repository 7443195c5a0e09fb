from ktxh.checks import check_facts
from ktxh.checks.documents import build_batch


def test_identities_from_the_catalog_are_found_in_a_text(kit):
    text = "Tổng sản lượng lương thực có hạt 90.000 tấn. Sản lượng lúa 37.070 tấn. Sản lượng ngô 46,9 nghìn tấn."
    k = kit(text)
    facts = [
        k.fact("90.000", "Tổng sản lượng lương thực có hạt", "tấn"),
        k.fact("37.070", "Sản lượng lúa", "tấn"),
        k.fact("46,9", "Sản lượng ngô", "nghìn tấn"),
    ]
    [found] = [f for f in check_facts(facts, text) if f.rule == "identity"]
    assert found.severity == "error" and found.offsets == tuple(f.offset for f in facts)


def test_identities_take_exact_catalog_names_only(kit):
    # "Thuế sản phẩm" is near the GRDP total's names, but is not the total of the three sectors
    text = (
        "Khu vực nông lâm nghiệp và thủy sản ước đạt 6.236 tỷ đồng. Khu vực công nghiệp và xây dựng ước đạt "
        "10.295 tỷ đồng. Khu vực dịch vụ ước đạt 8.616 tỷ đồng. Thuế sản phẩm ước đạt 1.529 tỷ đồng."
    )
    k = kit(text)
    facts = [
        k.fact("6.236", "GRDP khu vực nông lâm nghiệp và thủy sản", "tỷ đồng"),
        k.fact("10.295", "GRDP khu vực công nghiệp và xây dựng", "tỷ đồng"),
        k.fact("8.616", "GRDP khu vực dịch vụ", "tỷ đồng"),
        k.fact("1.529", "Thuế sản phẩm", "tỷ đồng"),
    ]
    assert build_batch(facts, text).identities == []
