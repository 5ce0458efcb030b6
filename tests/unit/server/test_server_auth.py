"""Password hashes, tokens, and the throttle on failed logins."""

from __future__ import annotations

from score_desktop.server import auth


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


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_failures_slow_down_per_username_and_client_and_success_clears():
    clock = FakeClock()
    throttle = auth.FailureThrottle(free=3, base=0.5, cap=8.0, window=900, clock=clock)
    for _ in range(3):
        assert throttle.delay("li", "10.0.0.1") == 0
        throttle.failed("li", "10.0.0.1")
    assert throttle.delay("li", "10.0.0.1") == 0.5
    throttle.failed("li", "10.0.0.1")
    assert throttle.delay("li", "10.0.0.1") == 1.0
    for _ in range(10):
        throttle.failed("li", "10.0.0.1")
    assert throttle.delay("li", "10.0.0.1") == 8.0
    assert throttle.delay("li", "10.0.0.2") == 0 and throttle.delay("amira", "10.0.0.1") == 0
    throttle.succeeded("li", "10.0.0.1")
    assert throttle.delay("li", "10.0.0.1") == 0


def test_failures_expire_and_the_table_stays_bounded():
    clock = FakeClock()
    throttle = auth.FailureThrottle(free=1, window=60, max_entries=100, clock=clock)
    throttle.failed("li", "c")
    throttle.failed("li", "c")
    clock.now = 61
    assert throttle.delay("li", "c") == 0
    for number in range(1000):
        throttle.failed(f"user{number}", "c")
    assert len(throttle._failures) <= 100
