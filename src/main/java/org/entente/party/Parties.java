package org.entente.party;

import org.springframework.data.repository.ListCrudRepository;

interface Parties extends ListCrudRepository<Party, String> {
}
