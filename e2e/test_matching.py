"""The coordinator's matching round in the browser, and the solver on the command line."""
import json
import subprocess
import tempfile

from selenium.webdriver.common.by import By

from conftest import STATE, click_and_wait, screenshot, sign_in


def test_coordinator_reviews_and_publishes_a_matching_round(browser, server):
    sign_in(browser, server, "coordinator@demo.example")
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Matching"))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Lotte Smit" in page and "James Carter" in page
    assert "This proposal places" in page
    screenshot(browser, "matching-coordinator")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action$='/matching/publish'] button"))
    assert "proposed pairs published" in browser.page_source


def test_match_solve_reads_a_problem_and_refuses_bad_input():
    problem = {"mentors": [{"id": "m1", "capacity": 1}, {"id": "m2", "capacity": 1}],
               "mentees": [{"id": "a"}, {"id": "b"}], "scores": [[0.9, 0.8], [0.5, None]]}
    with tempfile.NamedTemporaryFile("w", suffix=".json") as handle:
        json.dump(problem, handle)
        handle.flush()
        result = subprocess.run([STATE.get("binary") or "mentor", "match", "solve", "--input", handle.name, "--compare-greedy"],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["matched"] == 2 and output["unassigned"] == []
    assert {(a["mentee"], a["mentor"]) for a in output["assignments"]} == {("a", "m2"), ("b", "m1")}
    assert "greedy: 1 matched" in result.stderr
    problem["scores"][1] = [0.5]
    with tempfile.NamedTemporaryFile("w", suffix=".json") as handle:
        json.dump(problem, handle)
        handle.flush()
        bad = subprocess.run([STATE.get("binary") or "mentor", "match", "solve", "--input", handle.name], capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0
    assert "$.scores[1]: expected 2 values (one per mentor), found 1" in bad.stderr
