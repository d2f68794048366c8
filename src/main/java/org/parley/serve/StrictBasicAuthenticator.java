package org.parley.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HTTP basic authentication that answers a malformed {@code Authorization} header (not base64) like any other
 * failed login, with 401 and a challenge, where Jetty's own authenticator fails with a server error.
 */
final class StrictBasicAuthenticator extends BasicAuthenticator {
    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
        try {
            return super.validateRequest(req, res, callback);
        } catch (IllegalArgumentException e) {
            res.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"" + _loginService.getName() + "\"");
            Response.writeError(req, res, callback, HttpStatus.UNAUTHORIZED_401);
            return AuthenticationState.CHALLENGE;
        }
    }
}
