package org.entente.logistics;

import java.util.List;
import java.util.Optional;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.NotFound;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shared commodity catalogue: public to read, kept by logistics officers and the secretariat. */
@Service
public class Catalogue {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Catalogue(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Commodity> all() {
        return jdbc.sql("select * from commodity order by code").query(Catalogue::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<Commodity> find(String code) {
        return jdbc.sql("select * from commodity where code = ?").param(code).query(Catalogue::map).optional();
    }

    public Commodity get(String code) {
        return find(code).orElseThrow(() -> new NotFound("commodity", code));
    }

    @Transactional
    public Commodity add(Actor actor, Commodity c) {
        actor.requireAnyRole(Role.LOGISTICS_OFFICER, Role.SECRETARIAT, Role.ADMIN);
        if (find(c.code()).isPresent()) {
            throw new Conflict("commodity " + c.code() + " exists already");
        }
        jdbc.sql("""
                insert into commodity (code, name, unit, unit_weight_kg, unit_volume_m3, category, shelf_life_days,
                    divisible, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.code(), c.name(), c.unit(), c.unitWeightKg(), c.unitVolumeM3(), c.category().name(),
                        c.shelfLifeDays(), c.divisible())
                .update();
        audit.record(AuditEvent.of(actor, "commodity.added", "Commodity", c.code(),
                "added a " + c.category() + " commodity to the catalogue"));
        return get(c.code());
    }

    /** Revises an entry; the version read must still be current, or the change is refused. */
    @Transactional
    public Commodity revise(Actor actor, Commodity c) {
        actor.requireAnyRole(Role.LOGISTICS_OFFICER, Role.SECRETARIAT, Role.ADMIN);
        get(c.code());
        int changed = jdbc.sql("""
                update commodity set name = ?, unit = ?, unit_weight_kg = ?, unit_volume_m3 = ?, category = ?,
                    shelf_life_days = ?, divisible = ?, version = version + 1 where code = ? and version = ?""")
                .params(c.name(), c.unit(), c.unitWeightKg(), c.unitVolumeM3(), c.category().name(), c.shelfLifeDays(),
                        c.divisible(), c.code(), c.version())
                .update();
        if (changed == 0) {
            throw new Conflict("commodity " + c.code() + " was changed since version " + c.version());
        }
        audit.record(AuditEvent.of(actor, "commodity.revised", "Commodity", c.code(), "revised a commodity of the catalogue"));
        return get(c.code());
    }

    private static Commodity map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Commodity(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                rs.getDouble("unit_weight_kg"), (Double) rs.getObject("unit_volume_m3", Double.class),
                Commodity.Category.valueOf(rs.getString("category")), (Integer) rs.getObject("shelf_life_days", Integer.class),
                rs.getBoolean("divisible"), rs.getLong("version"));
    }
}
