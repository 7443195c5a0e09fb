"""The JSON API: resources, filters, pagination, and one error shape with the right status."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.web.conftest import P2011, P2012, PROVINCE, RICE, Seeded


def assert_error(response: Any, status: int, mentions: str) -> None:
    body = response.json()
    assert response.status_code == status
    assert set(body) == {"ok", "status", "error", "errors"}
    assert body["ok"] is False and body["status"] == status
    assert mentions in body["error"]
    assert body["errors"]


def test_indicators_are_listed_and_searchable(client: TestClient) -> None:
    everything = client.get("/api/indicators").json()
    found = client.get("/api/indicators", params={"q": "san luong lua"}).json()
    assert RICE in [i["code"] for i in everything]
    assert RICE in [i["code"] for i in found]
    assert len(found) < len(everything)


def test_one_indicator(client: TestClient) -> None:
    body = client.get(f"/api/indicators/{RICE}").json()
    assert body["code"] == RICE and body["name"] == "Sản lượng lúa"


def test_unknown_indicator_is_404_in_the_error_shape(client: TestClient) -> None:
    assert_error(client.get("/api/indicators/khong.co"), 404, "khong.co")


def test_org_units_and_periods(client: TestClient) -> None:
    assert PROVINCE in [u["code"] for u in client.get("/api/org-units").json()]
    assert client.get(f"/api/org-units/{PROVINCE}").json()["name"] == "Lai Châu"
    hcm = client.get("/api/org-units/79").json()
    assert "TP.HCM" in hcm["aliases"] and hcm["valid_from"] is None
    long_an = client.get("/api/org-units/80-2025").json()
    assert (long_an["name"], long_an["valid_to"], long_an["aliases"]) == ("Long An", "2025-06-30", [])
    labels = [p["label"] for p in client.get("/api/periods").json()]
    assert labels.index(P2012) < labels.index(P2011)


def test_observations_filter_by_indicator_period_and_kind(client: TestClient) -> None:
    rows = client.get("/api/observations", params={"indicator": RICE, "period": P2012}).json()["items"]
    assert [(r["indicator_code"], r["value"], r["value_kind"]) for r in rows] == [(RICE, 37070, "estimate")]
    assert {(c["type"], c["value"]) for c in rows[0]["comparisons"]} == {("pct_of", 32), ("change_pct", 5.2)}
    plans = client.get("/api/observations", params={"kind": "plan"}).json()["items"]
    assert [r["value_kind"] for r in plans] == ["plan"]


def test_observations_are_paginated(client: TestClient) -> None:
    seen: list[int] = []
    url: str | None = "/api/observations?limit=1"
    while url:
        page = client.get(url).json()
        assert len(page["items"]) <= 1
        seen += [r["id"] for r in page["items"]]
        url = page["next"]
    everything = client.get("/api/observations").json()
    assert seen == [r["id"] for r in everything["items"]]
    assert len(seen) == 4 and everything["next"] is None


def test_one_observation_and_an_unknown_one(client: TestClient, web_store: Seeded) -> None:
    assert client.get(f"/api/observations/{web_store.rice_2012_id}").json()["value"] == 37070
    assert_error(client.get("/api/observations/99999"), 404, "99999")


@pytest.mark.parametrize(
    ("url", "mentions"),
    [
        ("/api/observations?limit=0", "limit"),
        ("/api/observations?limit=abc", "limit"),
        ("/api/observations?kind=guess", "kind"),
        ("/api/observations/0", "obs_id"),
        ("/api/documents/-1", "doc_id"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(client: TestClient, url: str, mentions: str) -> None:
    assert_error(client.get(url), 422, mentions)


def test_documents(client: TestClient, web_store: Seeded) -> None:
    listed = client.get("/api/documents").json()
    one = client.get(f"/api/documents/{web_store.document_id}").json()
    assert [d["id"] for d in listed] == [web_store.document_id]
    assert "37.070 tấn" in one["text"]
    assert one["observations"] == 2
    assert_error(client.get("/api/documents/12345"), 404, "12345")


def test_findings_of_the_default_period(client: TestClient) -> None:
    body = client.get("/api/findings").json()
    assert body["org_unit_code"] == PROVINCE and body["period_label"] == P2012
    assert isinstance(body["findings"], list)


def test_findings_of_an_unknown_period_is_404(client: TestClient) -> None:
    assert_error(client.get("/api/findings", params={"period": "quý IX năm 1900"}), 404, "quý IX")


def test_extract_needs_text(client: TestClient) -> None:
    assert_error(client.post("/api/extract", json={"text": ""}), 422, "text")
    assert_error(client.post("/api/extract", json={}), 422, "text")


def test_openapi_and_docs_are_served(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert "/api/observations" in spec["paths"]
    assert not any(p.startswith("/reports") for p in spec["paths"])
    docs = client.get("/api/docs")
    assert docs.status_code == 200
    assert "/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text.lower()
    assert client.get("/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_extract_reads_and_matches_facts_of_any_text(client: TestClient) -> None:
    body = client.post("/api/extract", json={"text": "Sản lượng lúa ước đạt 37.070 tấn, bằng 32% kế hoạch."}).json()
    rice = [f for f in body["facts"] if f["value"] == 37070]
    assert len(rice) == 1 and rice[0]["unit"] == "tấn"
    assert body["matched"][str(rice[0]["offset"])] == RICE


def test_observations_after_a_cursor(client: TestClient) -> None:
    ids = [r["id"] for r in client.get("/api/observations").json()["items"]]
    page = client.get("/api/observations", params={"after": ids[1], "limit": 1}).json()
    assert [r["id"] for r in page["items"]] == [ids[2]]
    assert f"after={ids[2]}" in page["next"]
