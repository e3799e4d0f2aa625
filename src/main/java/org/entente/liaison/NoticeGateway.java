package org.entente.liaison;

/**
 * Where the outbox hands messages of one channel. A gateway that is not configured is not ready, and its messages
 * wait in the outbox without using up attempts. A failure says what went wrong without quoting the address.
 */
interface NoticeGateway {

    NoticeMessage.Channel channel();

    boolean ready();

    void send(String address, String subject, String body) throws DeliveryFailure;

    final class DeliveryFailure extends Exception {
        DeliveryFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
