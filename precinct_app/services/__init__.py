"""Qt-free domain operations. Services take a Session and never commit."""
