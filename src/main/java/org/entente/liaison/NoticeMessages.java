package org.entente.liaison;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface NoticeMessages extends ListCrudRepository<NoticeMessage, Long> {

    List<NoticeMessage> findTop50ByStatusAndChannelInAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
            NoticeMessage.Status status, Collection<NoticeMessage.Channel> channels, Instant now);

    List<NoticeMessage> findByNotificationIn(Collection<Long> notifications);

    /** Claims a pending message for one dispatcher by moving its next attempt on; 1 if this caller won it. */
    @Modifying
    @Query("update notice_message set next_attempt_at = :until where id = :id and status = 'PENDING' "
            + "and next_attempt_at = :expected")
    int claim(@Param("id") long id, @Param("expected") Instant expected, @Param("until") Instant until);
}
