package cn.pingxuan.account;

import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

@Singleton
public class OrgUnitService {

    private final OrgUnitRepository units;
    private final UserRepository users;
    private final AuditLog audit;

    OrgUnitService(OrgUnitRepository units, UserRepository users, AuditLog audit) {
        this.units = units;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public UnitDirectory directory() {
        return new UnitDirectory(units.findAllOrderByPath());
    }

    @Transactional(readOnly = true)
    public List<UnitView> list() {
        List<OrgUnit> all = units.findAllOrderByPath();
        UnitDirectory directory = new UnitDirectory(all);
        Map<Long, Long> userCounts = users.countPerUnit().stream()
                .collect(Collectors.toMap(UnitUserCount::unitId, UnitUserCount::users));
        Map<Long, Long> childCounts = all.stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId, Collectors.counting()));
        return all.stream().map(unit -> new UnitView(unit.id(), unit.parentId(), unit.name(), unit.kind(), unit.code(),
                directory.pathName(unit.id()), userCounts.getOrDefault(unit.id(), 0L),
                childCounts.getOrDefault(unit.id(), 0L))).toList();
    }

    @Transactional
    public OrgUnit create(Actor actor, UnitForm form, String ip) {
        requireAdmin(actor);
        OrgUnit parent = form.parentId() == null ? null : require(form.parentId());
        String name = form.name().strip();
        requireUniqueName(parent == null ? null : parent.id(), name, null);
        String code = blankToNull(form.code());
        if (code != null && units.existsByCode(code)) {
            throw ProblemException.invalidField("code", "单位代码“" + code + "”已被使用");
        }
        OrgUnit saved = units.save(new OrgUnit(null, parent == null ? null : parent.id(), name, form.kind(), code, "", null, null));
        OrgUnit placed = units.update(saved.withPath((parent == null ? "/" : parent.path()) + saved.id() + "/"));
        audit.record(actor.id(), "unit.create", "unit", placed.id(), name, ip);
        return placed;
    }

    @Transactional
    public OrgUnit rename(Actor actor, long id, UnitForm form, String ip) {
        requireAdmin(actor);
        OrgUnit unit = require(id);
        String name = form.name().strip();
        requireUniqueName(unit.parentId(), name, unit.id());
        String code = blankToNull(form.code());
        if (code != null && units.existsByCodeAndIdNot(code, id)) {
            throw ProblemException.invalidField("code", "单位代码“" + code + "”已被使用");
        }
        OrgUnit renamed = units.update(new OrgUnit(unit.id(), unit.parentId(), name, form.kind(), code, unit.path(),
                unit.createdAt(), unit.updatedAt()));
        audit.record(actor.id(), "unit.rename", "unit", id, unit.name() + " → " + name, ip);
        return renamed;
    }

    @Transactional
    public OrgUnit move(Actor actor, long id, @Nullable Long newParentId, String ip) {
        requireAdmin(actor);
        OrgUnit unit = require(id);
        OrgUnit parent = newParentId == null ? null : require(newParentId);
        if (parent != null && parent.isWithin(unit)) {
            throw ProblemException.conflict("不能把单位移动到它自己或它的下级单位之下");
        }
        if (Objects.equals(unit.parentId(), newParentId)) {
            return unit;
        }
        requireUniqueName(newParentId, unit.name(), unit.id());
        String oldPrefix = unit.path();
        String newPrefix = (parent == null ? "/" : parent.path()) + unit.id() + "/";
        units.update(new OrgUnit(unit.id(), newParentId, unit.name(), unit.kind(), unit.code(), unit.path(),
                unit.createdAt(), unit.updatedAt()));
        units.rewritePathPrefix(newPrefix, oldPrefix.length(), oldPrefix + "%");
        audit.record(actor.id(), "unit.move", "unit", id, oldPrefix + " → " + newPrefix, ip);
        return require(id);
    }

    @Transactional
    public void delete(Actor actor, long id, String ip) {
        requireAdmin(actor);
        OrgUnit unit = require(id);
        if (units.countByParentId(id) > 0) {
            throw ProblemException.conflict("单位“" + unit.name() + "”下还有下级单位，请先删除或移走它们");
        }
        if (users.countByUnitId(id) > 0) {
            throw ProblemException.conflict("单位“" + unit.name() + "”下还有用户，请先移走或删除这些用户");
        }
        try {
            units.deleteById(id);
        } catch (DataAccessException e) {
            throw ProblemException.conflict("单位“" + unit.name() + "”仍被其他数据引用，不能删除");
        }
        audit.record(actor.id(), "unit.delete", "unit", id, unit.name(), ip);
    }

    OrgUnit require(long id) {
        return units.findById(id).orElseThrow(() -> ProblemException.notFound("单位不存在或已被删除"));
    }

    private void requireUniqueName(@Nullable Long parentId, String name, @Nullable Long exceptId) {
        boolean taken = units.findAllOrderByPath().stream()
                .anyMatch(u -> Objects.equals(u.parentId(), parentId) && u.name().equals(name) && !u.id().equals(exceptId));
        if (taken) {
            throw ProblemException.invalidField("name", "同一上级下已有名为“" + name + "”的单位");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw ProblemException.forbidden("只有管理员可以修改组织架构");
        }
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
