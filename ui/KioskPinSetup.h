#pragma once

namespace clickar {

// `clickar --set-kiosk-pin`: asks for the administrator PIN twice on the terminal (not echoed) and stores its hash
// (KioskPin) in the settings. Runs without a display (a QCoreApplication of its own, built here); returns the exit
// code. Lines may also come from a pipe, one PIN a line, for scripted set-ups.
int runSetKioskPin(int argc, char *argv[]);

// Whether the command line asks for it (checked before the QApplication is built).
bool wantsSetKioskPin(int argc, char *argv[]);

} // namespace clickar
