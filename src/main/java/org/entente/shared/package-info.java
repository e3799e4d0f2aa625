/**
 * The small kernel of value types every module speaks: party and language codes, classification levels,
 * the acting user ({@link org.entente.shared.Actor}) with its roles, paging, and the few exceptions that
 * mean the same thing everywhere (not found, access denied, invalid input, conflict). Nothing else lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.entente.shared;
