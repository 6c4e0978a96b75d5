import Foundation
import Testing

@testable import SanfanCore

@Suite struct SignInThrottleTests {
    let throttle = SignInThrottle()
    let t0 = Date(timeIntervalSince1970: 1_600_000_000)

    func minutes(_ m: Double) -> Date { t0.addingTimeInterval(m * 60) }

    @Test func fourFailuresDoNotLock() {
        let failures = (0..<4).map { minutes(Double($0)) }
        #expect(throttle.lockedUntil(failures: failures, now: minutes(5)) == nil)
    }

    @Test func theFifthFailureLocksForFifteenMinutesFromThen() {
        let failures = (0..<5).map { minutes(Double($0)) }
        #expect(throttle.lockedUntil(failures: failures, now: minutes(5)) == minutes(19))
        #expect(throttle.lockedUntil(failures: failures, now: minutes(18.9)) == minutes(19))
        #expect(throttle.lockedUntil(failures: failures, now: minutes(19)) == nil)
    }

    @Test func failuresSpreadWiderThanTheWindowDoNotLock() {
        let failures = [0, 4, 8, 12, 16].map { minutes(Double($0)) }
        #expect(throttle.lockedUntil(failures: failures, now: minutes(17)) == nil)
    }

    @Test func failuresAfterTheLockStartCountAfresh() {
        // Five to lock at minute 4; two more after the lock ends are not enough to lock again.
        let failures = (0..<5).map { minutes(Double($0)) } + [minutes(20), minutes(21)]
        #expect(throttle.lockedUntil(failures: failures, now: minutes(22)) == nil)
    }
}
