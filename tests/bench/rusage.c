/* rusage.c - runs a command for `make bench` and records its wall time, CPU time, peak memory and exit
 * status. Usage: bench-rusage OUTFILE -- CMD ARGS...  (CMD's stdout and stderr go to /dev/null) */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* wait4 */
#endif

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* In the child: passes errno to the parent through err_fd and exits 127, as a shell does. */
static _Noreturn void fail_child(int err_fd)
{
    int e = errno;
    ssize_t n = write(err_fd, &e, sizeof e);
    (void)n; /* nothing more can be done if even that fails */
    _exit(127);
}

/* In the child: sends stdout and stderr to /dev/null and execs argv. On failure the errno goes back to
 * the parent through err_fd, which a successful exec closes. */
static void run_child(char **argv, int err_fd)
{
    int null = open("/dev/null", O_RDWR);
    if (null < 0 || dup2(null, STDOUT_FILENO) < 0 || dup2(null, STDERR_FILENO) < 0)
        fail_child(err_fd);
    if (null > STDERR_FILENO)
        close(null);
    execvp(argv[0], argv);
    fail_child(err_fd);
}

/* Prints "bench-rusage: MESSAGE" and exits 1; exit closes OUTFILE. */
static _Noreturn void die(const char *what, const char *arg)
{
    fprintf(stderr, "bench-rusage: %s%s%s\n", what, arg ? ": " : "", arg ? arg : "");
    exit(1);
}

int main(int argc, char **argv)
{
    if (argc < 4 || strcmp(argv[2], "--") != 0) {
        fputs("usage: bench-rusage OUTFILE -- CMD ARGS...\n", stderr);
        return 2;
    }
    const char *outfile = argv[1];
    char **cmd = argv + 3;

    /* created before the run, so that a bad OUTFILE fails fast; not inherited by CMD */
    FILE *out = fopen(outfile, "w");
    if (!out || fcntl(fileno(out), F_SETFD, FD_CLOEXEC) != 0) {
        fprintf(stderr, "bench-rusage: cannot create %s: %s\n", outfile, strerror(errno));
        return 1;
    }
    int pipefd[2];
    if (pipe(pipefd) != 0 || fcntl(pipefd[1], F_SETFD, FD_CLOEXEC) != 0)
        die("pipe", strerror(errno));

    fflush(NULL);
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0)
        die("fork", strerror(errno));
    if (pid == 0) {
        close(pipefd[0]);
        run_child(cmd, pipefd[1]);
    }
    close(pipefd[1]);

    /* the pipe reads end-of-file when exec succeeds, or delivers the errno when it fails */
    int child_errno = 0;
    ssize_t got;
    do
        got = read(pipefd[0], &child_errno, sizeof child_errno);
    while (got < 0 && errno == EINTR);
    close(pipefd[0]);

    int status;
    struct rusage ru;
    pid_t w;
    do
        w = wait4(pid, &status, 0, &ru);
    while (w < 0 && errno == EINTR);
    double wall = now() - t0;
    if (w < 0)
        die("wait4", strerror(errno));
    if (got == (ssize_t)sizeof child_errno) {
        fclose(out);
        remove(outfile);
        fprintf(stderr, "bench-rusage: cannot run %s: %s\n", cmd[0], strerror(child_errno));
        return 1;
    }

    /* a signal is reported as the shell does: 128 + its number */
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
    fprintf(out, "%.3f %.3f %.3f %ld %d\n", wall, seconds(ru.ru_utime), seconds(ru.ru_stime), ru.ru_maxrss, code);
    if (fclose(out) != 0) {
        fprintf(stderr, "bench-rusage: cannot write %s: %s\n", outfile, strerror(errno));
        return 1;
    }
    return 0;
}
