"""Password hashes, tokens, and the slow-down of failed sign-ins."""

from __future__ import annotations

from score_desktop.server import auth, login


def test_password_hashes_are_salted_and_verify():
    first, second = auth.hash_password("s3cret pass"), auth.hash_password("s3cret pass")
    assert first != second and first.startswith("scrypt$")
    assert auth.verify_password("s3cret pass", first) and auth.verify_password("s3cret pass", second)
    assert not auth.verify_password("s3cret pasS", first)
    assert not auth.verify_password("anything", "garbage") and not auth.verify_password("x", "md5$1$2$3$4$5")


def test_tokens_are_long_random_and_stored_as_a_hash():
    token = auth.new_token()
    assert len(token) >= 40 and token != auth.new_token()
    assert auth.token_hash(token) == auth.token_hash(token) and token not in auth.token_hash(token)
    assert len(auth.token_hash(token)) == 64


def test_usernames_compare_without_case_or_unicode_form():
    assert auth.normalize_username(" Li.Wei ") == auth.normalize_username("li.wei") == "li.wei"
    assert auth.normalize_username("ＬＩ") == "li"


def test_failed_sign_ins_slow_down_from_the_fourth_doubling_up_to_eight_seconds():
    """The wait before the next answer grows from the username's failure count in the database (login.py), so
    every worker of the server slows a guesser down alike."""
    assert [login.slow_down(failures) for failures in range(8)] == [0, 0, 0, 0.5, 1.0, 2.0, 4.0, 8.0]
    assert login.slow_down(40) == 8.0
