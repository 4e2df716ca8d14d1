package cn.pingxuan.account;

import io.micronaut.core.annotation.Introspected;

@Introspected
record UnitUserCount(Long unitId, long users) {
}
