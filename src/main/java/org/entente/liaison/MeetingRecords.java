package org.entente.liaison;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRecords extends ListCrudRepository<MeetingRecord, Long> {

    List<MeetingRecord> findByUnitOrderByHeldAtDesc(long unit);
}
