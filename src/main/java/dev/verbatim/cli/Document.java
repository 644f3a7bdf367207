package dev.verbatim.cli;

/**
 * One input document of a batch run: its id (a file name, or the {@code id} of a JSON line) and
 * either its text or the reason it could not be read.
 */
record Document(String id, String text, String error) {

    static Document of(String id, String text) {
        return new Document(id, text, null);
    }

    static Document failed(String id, String error) {
        return new Document(id, null, error);
    }

    boolean failed() {
        return error != null;
    }
}
