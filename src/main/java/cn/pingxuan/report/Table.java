package cn.pingxuan.report;

import java.util.List;

/**
 * One sheet of an export: a header row and rows of cells. A cell is text, a number, or null (empty); text is always
 * written as text, never as a formula.
 */
record Table(String name, List<String> headers, List<List<Object>> rows) {
}
