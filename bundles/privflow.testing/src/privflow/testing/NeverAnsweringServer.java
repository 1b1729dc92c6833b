// SPDX-License-Identifier: EPL-2.0
package privflow.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on the loopback interface that accepts connections, counts them and never answers: a
 * program that fetches from it hangs, and a test can tell that nothing was contacted.
 */
public final class NeverAnsweringServer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    /** Starts listening on a free port. */
    public NeverAnsweringServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    held.add(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "never-answering server"); //$NON-NLS-1$
        accept.setDaemon(true);
        accept.start();
    }

    /** @return an http URL of {@code path} on this server */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return how many connections were made to it */
    public int connections() {
        return held.size();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
