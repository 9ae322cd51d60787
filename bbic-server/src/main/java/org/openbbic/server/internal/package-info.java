/** Internal: the routes, guards and problem answers of the service. Not API. */
package org.openbbic.server.internal;
