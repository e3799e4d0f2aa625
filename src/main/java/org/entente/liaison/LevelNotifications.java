package org.entente.liaison;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface LevelNotifications extends ListCrudRepository<LevelNotification, Long> {

    List<LevelNotification> findByCrisisOrderBySentAtDesc(long crisis);

    List<LevelNotification> findByUnitOrderBySentAtDesc(long unit);

    java.util.Optional<LevelNotification> findByAckTokenHash(String ackTokenHash);
}
