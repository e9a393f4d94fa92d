#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H
// The wide-character API is hidden unless these are defined before <curses.h> (pitfall 1).
#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <curses.h>
#include <term.h>

// Swift cannot import these: the attribute macros expand to shifts (pitfall 3), and
// stdscr, curscr, COLORS and COLOR_PAIRS are mutable C globals that Swift 6 rejects (pitfall 5).
// Each accessor is a plain function so the Swift side stays free of C globals.

static inline attr_t dossier_attr_normal(void) { return A_NORMAL; }
static inline attr_t dossier_attr_bold(void) { return A_BOLD; }
static inline attr_t dossier_attr_dim(void) { return A_DIM; }
static inline attr_t dossier_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_attr_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_attr_italic(void) { return A_ITALIC; }

static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline WINDOW *dossier_curscr(void) { return curscr; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }

// stdin/stdout are mutable globals in glibc's <stdio.h>, rejected by Swift 6 like stdscr.
static inline FILE *dossier_stdin(void) { return stdin; }
static inline FILE *dossier_stdout(void) { return stdout; }

// Mouse masks are macros built from NCURSES_MOUSE_MASK; BUTTON5_* exists only with
// NCURSES_MOUSE_VERSION > 1, so define the wheel-down bit ourselves when it is missing.
#ifndef BUTTON5_PRESSED
#define DOSSIER_BUTTON5_PRESSED NCURSES_MOUSE_MASK(5, NCURSES_BUTTON_PRESSED)
#else
#define DOSSIER_BUTTON5_PRESSED BUTTON5_PRESSED
#endif
static inline mmask_t dossier_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dossier_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dossier_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dossier_button5_pressed(void) { return DOSSIER_BUTTON5_PRESSED; }

/// 1 when terminfo knows `name` and curses can drive it; 0 when terminfo does not know it
/// (or it is a generic type such as "dumb"), 2 when it is a hard-copy terminal, -1 when
/// no terminfo database was found.
///
/// setupterm installs a TERMINAL as cur_term (and as the current screen's terminal);
/// the probe is removed and the previous terminal put back, so the check has no
/// lasting effect, before or during a curses session.
static inline int dossier_terminfo_status(const char *name, int fd) {
    int status = 0;
    TERMINAL *saved = cur_term;
    if (setupterm(name, fd, &status) == OK) {
        TERMINAL *probe = cur_term;
        set_curterm(saved);
        if (probe != saved) del_curterm(probe);
        return 1;
    }
    set_curterm(saved);
    return status == 1 ? 2 : status == -1 ? -1 : 0;
}

#endif
