package org.entente.recruitment;

import java.util.List;

import org.entente.grievance.CaseVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contracts' keys, wrapped again with the grievances' when the master keyset rotates. */
@Component
class ContractKeys implements CaseVault.KeyHolder {

    private final JdbcClient jdbc;

    ContractKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Held> wrappedKeys() {
        return jdbc.sql("select id, binding, wrapped_key from recruitment_contract where wrapped_key is not null")
                .query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getBytes(3))).list();
    }

    @Override
    public void rewrapped(long id, byte[] wrappedKey) {
        jdbc.sql("update recruitment_contract set wrapped_key = ? where id = ?").params(wrappedKey, id).update();
    }
}
