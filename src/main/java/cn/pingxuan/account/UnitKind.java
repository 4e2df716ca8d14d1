package cn.pingxuan.account;

public enum UnitKind {
    UNIVERSITY, COLLEGE, DEPARTMENT, CLASS, CITY, COUNTY, SCHOOL, OTHER
}
