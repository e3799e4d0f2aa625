package org.entente.party;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Parties extends ListCrudRepository<Party, String> {

    @Query("select * from party order by code")
    List<Party> findAllOrdered();
}
