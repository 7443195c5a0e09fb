"""Build src/ktxh/data/figures/laichau-2012-9t.csv from the seed's gold facts.

Run once by hand (it reads /work/shared, which the package never does):

    .venv/bin/python tools/build_bundled_figures.py [--shared ../shared]

Each gold fact becomes one row. The MAPPING below says, per gold offset, which catalog
indicator the fact is, and where the reading of the sentence needs it, the value kind
("plan" for "Kế hoạch giao ...", "estimate" for a part of an "ước ..." figure that does
not repeat the word), the period and the org unit. Everything else comes from the gold
file: value, unit, total, comparisons. "ước" before the figure in its clause makes the
row an estimate.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "src" / "ktxh" / "data" / "catalog"
OUT = ROOT / "src" / "ktxh" / "data" / "figures" / "laichau-2012-9t.csv"
SEED = "laichau-2012-9t"

REPORT_PERIOD = "9 tháng đầu năm 2012"
PROVINCE = "12"

# The gold's own period strings, as full labels; None keeps the report's period
# ("Đến nay", "những tháng mùa khô" state no period of their own).
GOLD_PERIODS: dict[str, str | None] = {
    "9 tháng đầu năm": REPORT_PERIOD,
    "Chín tháng đầu năm": REPORT_PERIOD,
    "9 tháng năm 2012": REPORT_PERIOD,
    "Đến nay": None,
    "đến nay": None,
    "những tháng mùa khô": None,
    "8 tháng đầu năm": "8 tháng đầu năm 2012",
    "8 tháng": "8 tháng đầu năm 2012",
    "7 tháng đầu năm": "7 tháng đầu năm 2012",
    "đến hết tháng 9/2012": "đến 30/9/2012",
    "đến tháng 9/2012": "đến 30/9/2012",
    "đến ngày 31/8/2012": "đến 31/8/2012",
    "đến 31/8/2012": "đến 31/8/2012",
    "đến 15/9/2012": "đến 15/9/2012",
    "đến hết 15/9/2012": "đến 15/9/2012",
    "năm 2012": "năm 2012",
}

# Value-kind marks written in a clause before the figure (whole word, any case).
ESTIMATE_RE = re.compile(r"(?<!\w)ước(?!\w)", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[.;,:()\n]")

SCHOOL_YEAR = "period=năm học 2012-2013"
DISBURSED = "period=đến 15/9/2012"

# offset  indicator code  [kind=...] [period=...] [ou=...]
MAPPING = """
177 kt.grdp
299 kt.grdp.nong_lam_thuy_san kind=estimate
331 kt.grdp.cong_nghiep_xay_dung kind=estimate
359 kt.grdp.dich_vu kind=estimate
1034 nn.luong_thuc.san_luong
1123 nn.lua.dien_tich_gieo_cay
1144 nn.lua.dien_tich_thu_hoach
1172 nn.lua.san_luong
1237 nn.ngo.dien_tich_gieo_trong
1279 nn.ngo.dien_tich_thu_hoach
1308 nn.ngo.san_luong
1605 nn.sau_benh.dien_tich_nhiem
1625 nn.sau_benh.dien_tich_phong_tru
1661 nn.lac.dien_tich_trong
1675 nn.dau_tuong.dien_tich_trong
1695 nn.bong.dien_tich_trong
1767 nn.bong.dien_tich_du_an
1806 nn.bong.dien_tich_dan_tu_trong
1851 nn.che.san_luong_bup_tuoi
2005 nn.che.dien_tich_trong_moi
2073 nn.cao_su.dien_tich_trong_moi
2311 nn.cao_su.so_huyen_hop_tac
2366 nn.cao_su.dien_tich_trong_mau kind=plan ou=110
2414 nn.thao_qua.dien_tich_trong_moi
2485 nn.thao_qua.dien_tich
2533 nn.gia_suc.tong_dan
2617 nn.gia_cam.tong_dan
2685 nn.thit_hoi.san_luong
2881 nn.dich_benh.gia_suc_mac_benh
2911 nn.dich_benh.gia_suc_chua_khoi
2937 nn.dich_benh.gia_suc_chet_tieu_huy
3199 ln.rung.dien_tich_cham_soc
3235 ln.rung.dien_tich_khoanh_nuoi
3256 ln.rung.dien_tich_trong_moi
3314 ln.rung_phong_ho.dien_tich_trong_moi
3361 ln.rung_san_xuat.dien_tich_trong_moi
3582 ln.chay_rung.so_vu
3612 ln.chay_rung.dien_tich_thiet_hai
3642 ln.chay_rung.dien_tich_rung_trong
3664 ln.chay_rung.dien_tich_rung_tu_nhien
3674 ln.chay_cay_trong.so_vu
3725 ln.chay_cay_trong.dien_tich_thiet_hai
3843 ln.vi_pham.so_vu_xu_ly
4150 ts.ao_nuoi.dien_tich
4200 ts.san_luong
4282 ts.ca_nuoc_lanh.the_tich
4311 ts.ca_nuoc_lanh.san_luong
4615 ntm.so_huyen_ban_hanh_nghi_quyet
4698 ntm.so_xa_duyet_quy_hoach
4716 ntm.so_xa_duyet_de_an
4761 ntm.so_xa_hoan_thien_quy_hoach
4799 ntm.so_xa_hoan_thien_de_an
5158 ntm.so_xa_lua_dong_xuan_vung_cao
5680 cn.gia_tri_san_xuat
5864 cn.gia_tri_san_xuat.nha_nuoc kind=estimate
5973 cn.gia_tri_san_xuat.ngoai_quoc_doanh kind=estimate
6094 cn.gia_tri_san_xuat.fdi kind=estimate
6241 cn.che_kho.san_luong
6297 cn.dien.san_luong
6368 cn.nuoc_may.san_luong
6421 cn.xi_mang.san_luong
6518 cn.gach.san_luong
6782 tm.ban_le.tong_muc
7108 gia.cpi
7277 tm.qltt.so_vu_xu_ly
7372 tm.qltt.so_tien_xu_phat
7502 tm.xnk.tong_kim_ngach
7625 tm.xuat_khau.gia_tri kind=estimate
7755 tm.xuat_khau.gia_tri_dia_phuong
7857 tm.nhap_khau.gia_tri
7965 tm.xuat_nhap_canh.luot_nguoi
7995 tm.xuat_nhap_canh.luot_phuong_tien
8131 vt.doanh_thu
8175 vt.hanh_khach.van_chuyen
8238 vt.hanh_khach.luan_chuyen
8320 vt.hang_hoa.van_chuyen
8385 vt.hang_hoa.luan_chuyen
8625 dl.so_tinh_lien_ket
8669 dl.luot_khach
8768 dl.doanh_thu
9059 bcvt.tram_bts.lap_moi
9121 bcvt.tram_bts.tong_so
9212 bcvt.internet.so_huyen
9231 bcvt.internet.so_xa
9295 bcvt.internet.thue_bao
9470 ns.thu.tong
9583 ns.thu.tren_dia_ban
9659 ns.thu.noi_dia kind=estimate
9729 ns.chi.tong
9832 ns.chi.thuong_xuyen
10033 nh.huy_dong_von
10124 nh.huy_dong_von.dia_phuong kind=estimate
10190 nh.du_no
10459 nh.lai_suat_cho_vay_toi_da
10496 nh.so_linh_vuc_uu_tien
10539 nh.vay_von.so_doanh_nghiep
10557 nh.vay_von.so_htx
10630 nh.vay_von.so_tien
11871 dt.von_nn.huy_dong
11941 dt.von_nn.su_nghiep
11982 dt.von_nn.khoi_luong
12041 dt.von_nn.giai_ngan
12126 dt.von_dau_nam.giai_ngan kind=plan {DISBURSED}
12156 dt.von_dau_nam.giai_ngan {DISBURSED}
12252 dt.von_bo_sung.giai_ngan kind=plan {DISBURSED}
12284 dt.von_bo_sung.giai_ngan {DISBURSED}
12434 dt.von_cdns.giai_ngan kind=plan {DISBURSED}
12475 dt.von_cdns.khoi_luong
12505 dt.von_cdns.giai_ngan {DISBURSED}
12586 dt.von_cdns.giai_ngan_klht {DISBURSED}
12669 dt.von_htmt_tw.giai_ngan kind=plan {DISBURSED}
12712 dt.von_htmt_tw.khoi_luong
12742 dt.von_htmt_tw.giai_ngan {DISBURSED}
12818 dt.von_mtqg.giai_ngan kind=plan {DISBURSED}
12859 dt.von_mtqg.khoi_luong
12888 dt.von_mtqg.giai_ngan {DISBURSED}
12952 dt.von_tpcp.giai_ngan kind=plan {DISBURSED}
12993 dt.von_tpcp.khoi_luong
13023 dt.von_tpcp.giai_ngan {DISBURSED}
13098 dt.von_khac.giai_ngan kind=plan {DISBURSED}
13128 dt.von_khac.giai_ngan {DISBURSED}
13297 dt.cbdt.so_du_an_giao
13321 dt.cbdt.so_du_an_duyet
13385 dt.cbdt.tong_muc_dau_tu
13405 dt.cbdt.so_du_an_tham_dinh_trinh
13453 dt.cbdt.so_du_an_gui_tham_dinh_von
13505 dt.cbdt.so_du_an_dang_tham_dinh
14223 dt.so_du_an_chua_trinh_duyet
14499 dt.ty_le_giai_ngan
14781 dt.du_tam_ung
14868 dt.so_du_an_cham_quyet_toan
15857 dn.thanh_lap_moi
15927 dn.chi_nhanh_vpdd
16012 dn.thay_doi_dkkd
16072 dn.thu_hoi_dkkd
16124 dt.cndt.ho_so_tiep_nhan
16229 dt.cndt.cap_moi
16305 dt.cndt.dieu_chinh
16350 dt.cndt.thu_hoi
16592 dn.cong_ty_cp_tang_von
16842 htx.so_htx
16866 htx.xa_vien
16883 htx.lao_dong
17075 htx.giai_the
17097 htx.xa_vien_va_lao_dong
17810 tdc.son_la.giai_ngan
17841 tdc.son_la.luy_ke_giai_ngan
18077 tdc.ban_chat.ho_di_chuyen
18170 tdc.ban_chat.ho_di_chuyen_tam
18272 tdc.huoi_quang.ho_chua_di_chuyen
18363 tdc.huoi_quang_ban_chat.giai_ngan
18393 tdc.huoi_quang_ban_chat.luy_ke_giai_ngan
18597 tdc.lai_chau.so_khu_duyet_quy_hoach
18658 tdc.lai_chau.ho_di_chuyen
18866 tdc.lai_chau.giai_ngan
18904 tdc.lai_chau.luy_ke_giai_ngan
19155 tnmt.dat.so_huyen_tham_dinh_qhsdd
19172 tnmt.dat.so_thi_tran_tham_dinh_qhsdd
19295 tnmt.dat.so_du_an_giao_thue
19323 tnmt.dat.dien_tich_du_an
19351 tnmt.dat.so_ho_thu_hoi
19400 tnmt.dat.dien_tich_thu_hoi_ho
19414 tnmt.dat.so_gcn_qsdd
19496 tnmt.dat.so_ho_giao_dat
19545 tnmt.dat.dien_tich_giao_ho
19943 tnmt.ks.so_du_an_cap_phep
19961 tnmt.ks.so_giay_phep_thu_hoi
20216 tnmt.mt.so_du_an_dtm
20237 tnmt.mt.so_cam_ket_bvmt
20276 tnmt.nuoc.so_giay_phep
20808 gd.truong_chuan.cong_nhan_moi
20886 gd.truong_chuan.tong_so
21022 gd.pcmn.so_huyen
21056 gd.pcmn.so_xa
21251 gd.pcth_thcs.so_xa
21280 gd.pc.so_xa_chua_cong_nhan
21466 gd.giao_vien.tuyen_moi {SCHOOL_YEAR}
21536 gd.giao_vien.tong_so {SCHOOL_YEAR}
21652 gd.truong.tong_so {SCHOOL_YEAR}
21664 gd.lop.tong_so {SCHOOL_YEAR}
21679 gd.phong_hoc.tong_so {SCHOOL_YEAR}
21696 gd.hoc_sinh.tong_so {SCHOOL_YEAR}
21864 gd.phong_hoc.ty_le_kien_co {SCHOOL_YEAR}
21998 gd.boi_duong.so_lop
22027 gd.boi_duong.so_hoc_vien
22191 gd.cao_dang_cd.so_sinh_vien
22462 yt.tang_cuong.so_dot
22476 yt.tang_cuong.so_can_bo
22610 yt.kham_benh.luot
22696 yt.dieu_tri_noi_tru.luot
22763 yt.giuong_benh.cong_suat
22828 yt.dich_benh.so_vu
22949 yt.tcm.so_huyen
22968 yt.tcm.so_ca
23030 yt.benh_than.so_ca ou=110
23435 yt.ngo_doc.so_vu
23463 yt.ngo_doc.so_nguoi_mac
23485 yt.ngo_doc.so_nguoi_tu_vong
23732 yt.hiv.phat_hien_moi
23837 yt.hiv.tong_so
23890 yt.hiv.chuyen_aids
23926 yt.hiv.tu_vong_aids
24393 yt.khhgd.so_nguoi
24443 yt.thai_nghen.so_nguoi
24486 ds.tre_sinh_ra
24561 ds.ty_le_sinh_con_thu_3
24950 vh.dang_ky_danh_hieu_van_hoa
25060 vh.bieu_dien.so_buoi
25539 tdtt.tap_luyen.so_nguoi
25665 tdtt.gia_dinh_the_thao
25710 tdtt.cau_lac_bo
26151 ptth.truyen_hinh_truc_tiep.so_cuoc
26215 ptth.truyen_hinh.so_gio
26259 ptth.phat_thanh_fm.so_gio
26311 ptth.phat_thanh_dia_phuong.so_gio
26349 ptth.chuong_trinh.so_chuong_trinh
26408 ptth.tin.so_tin
26419 ptth.bai.so_bai
26600 ld.co_so_day_nghe
26640 ld.day_nghe_lao_dong_nong_thon
26737 ld.viec_lam_moi
26793 ld.cho_vay.so_du_an
26818 ld.cho_vay.so_tien
26895 ld.xkld.so_nguoi
27016 ld.xkld.hoc_tieng_han
27075 ld.xkld.giao_duc_dinh_huong
27202 xh.qua_tet_ho_ngheo.so_xuat
27230 xh.qua_tet_ho_ngheo.kinh_phi
27410 xh.bhyt.so_nguoi_cap_the
27627 xh.nguoi_co_cong.so_xuat_qua
27712 xh.nguoi_co_cong.gia_tri_qua
27746 xh.nguoi_co_cong.nha_tinh_nghia
28171 xh.ty_le_ho_ngheo
28255 xh.tre_em.qua_tet
28367 xh.tre_em.mo_coi_ho_tro
28441 xh.tre_em.nuoi_duong
28488 xh.tre_em.kham_tim
28569 xh.tre_em.quy_bao_tro
28659 xh.cai_nghien.so_doi_tuong
28749 xh.cai_nghien.ty_le_quan_ly
28853 xh.xa_lanh_manh
28928 xh.xa_khong_ma_tuy
29115 khcn.de_tai.so_danh_muc
29156 khcn.hoi_dong.so_hoi_dong
29309 khcn.de_tai.so_nghiem_thu
29561 khcn.nhan_hieu.so_to_chuc
29639 khcn.tai_san_tri_tue.so_du_an
29722 khcn.do_luong.so_phuong_tien
30668 tg.lop_boi_duong.so_huyen
31254 an.tngt.so_tieu_chi_giam
31569 dnn.doan_cap_cao.so_doan
31598 dnn.doan_cap_cao.so_nguoi
31633 dnn.doan_cap_cao.so_tinh
32180 cq.tri_thuc_tre.so_nguoi
32272 cq.tri_thuc_tre.so_huyen
32630 cq.tap_huan_hdnd.so_nguoi
33812 cchc.mot_cua.so_don_vi_huong_dan
33958 cchc.mot_cua.so_so_nganh
33975 cchc.mot_cua.so_huyen
33994 cchc.mot_cua.so_xa
34152 cchc.iso.so_don_vi
34337 cchc.iso.so_co_quan_ap_dung kind=plan
34752 tp.pbgdpl.so_cuoc
34801 tp.pbgdpl.luot_nguoi
34877 tp.hoa_giai.so_to
34896 tp.hoa_giai.so_hoa_giai_vien
34944 tp.hoa_giai.so_vu_viec_thanh
35124 tp.tgpl.so_vu_viec
35141 tp.tgpl.so_doi_tuong
""".replace("{DISBURSED}", DISBURSED).replace("{SCHOOL_YEAR}", SCHOOL_YEAR)

COMPARISON_ORDER = [
    (t, b)
    for t in ("pct_of", "change_pct", "change_abs", "change_pp", "previous")
    for b in ("plan", "same_period", "prev_year_end", "prev_period", "other")
]


@dataclass(frozen=True)
class Entry:
    """How one gold fact becomes a row: its indicator and what the sentence adds."""

    code: str
    kind: str | None = None
    period: str | None = None
    org_unit: str | None = None


def parse_mapping(text: str) -> dict[int, Entry]:
    out: dict[int, Entry] = {}
    for line in text.strip().splitlines():
        head, *opts = re.split(r" (?=\w+=)", line.strip())
        offset, code = head.split(" ", 1)
        extra = dict(opt.split("=", 1) for opt in opts)
        entry = Entry(code, extra.get("kind"), extra.get("period"), extra.get("ou"))
        if int(offset) in out:
            raise SystemExit(f"offset {offset} mapped twice")
        out[int(offset)] = entry
    return out


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def said_estimate(text: str, offset: int) -> bool:
    """True when "ước" stands in the figure's clause, before the figure."""
    start = offset
    while start > 0 and not CLAUSE_BREAK.match(text[start - 1]):
        start -= 1
    return bool(ESTIMATE_RE.search(text[start:offset]))


def number(x: float | int | None) -> str:
    """A plain decimal with a dot and no exponent; integers without ".0"."""
    if x is None:
        return ""
    f = float(x)
    if f.is_integer():
        return str(int(f))
    return format(f, "f").rstrip("0")


def comparison_cell(comp: dict[str, Any]) -> str:
    cell = number(comp["value"])
    return f"{cell} {comp['unit']}" if comp.get("unit") else cell


def period_of(fact: dict[str, Any], entry: Entry) -> str:
    if entry.period:
        return entry.period
    stated = fact.get("period")
    if stated is None:
        return REPORT_PERIOD
    if stated not in GOLD_PERIODS:
        raise SystemExit(f"offset {fact['offset']}: no label for the gold period {stated!r}")
    return GOLD_PERIODS[stated] or REPORT_PERIOD


def value_kind_of(fact: dict[str, Any], entry: Entry, text: str) -> str:
    if entry.kind:
        return entry.kind
    return "estimate" if said_estimate(text, fact["offset"]) else "actual"


def rows(gold: list[dict[str, Any]], text: str, names: dict[str, str]) -> Iterator[dict[str, str]]:
    mapping = parse_mapping(MAPPING)
    missing = [f["offset"] for f in gold if f["offset"] not in mapping]
    if missing:
        raise SystemExit(f"gold offsets without a mapping: {missing}")
    for fact in gold:
        entry = mapping[fact["offset"]]
        if entry.code not in names:
            raise SystemExit(f"offset {fact['offset']}: {entry.code} is not in indicators.yaml")
        row = {
            "indicator_code": entry.code,
            "indicator_name": names[entry.code],
            "org_unit": entry.org_unit or PROVINCE,
            "period": period_of(fact, entry),
            "value_kind": value_kind_of(fact, entry, text),
            "value": number(fact.get("value")),
            "unit": fact.get("unit") or "",
            "total": number(fact.get("total")),
        }
        for comp in fact["comparisons"]:
            row[f"{comp['type']}:{comp['base']}"] = comparison_cell(comp)
        row["source_offset"] = str(fact["offset"])
        yield row


def check_keys(table: list[dict[str, str]]) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for row in table:
        key = (row["indicator_code"], row["org_unit"], row["period"], row["value_kind"])
        if key in seen:
            raise SystemExit(f"key {key} repeats: offsets {seen[key]} and {row['source_offset']}")
        seen[key] = row["source_offset"]


def write_csv(table: list[dict[str, str]], path: Path) -> None:
    used = {k for row in table for k in row}
    comps = [f"{t}:{b}" for t, b in COMPARISON_ORDER if f"{t}:{b}" in used]
    head = ["indicator_code", "indicator_name", "org_unit", "period", "value_kind", "value", "unit", "total"]
    fields = [*head, *comps, "source_offset"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for row in table:
            writer.writerow({k: row.get(k, "") for k in fields})


def indicator_names() -> dict[str, str]:
    data = yaml.safe_load((CATALOG / "indicators.yaml").read_text(encoding="utf-8"))
    return {ind["code"]: ind["name"] for ind in data["indicators"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    corpus = args.shared / "corpus"
    gold = read_gold(corpus / f"{SEED}.facts.jsonl")
    text = (corpus / f"{SEED}.txt").read_text(encoding="utf-8")
    table = list(rows(gold, text, indicator_names()))
    check_keys(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_csv(table, args.out)
    print(f"{len(table)} rows -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
