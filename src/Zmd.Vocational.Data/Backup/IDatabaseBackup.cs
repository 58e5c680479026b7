namespace Zmd.Vocational.Data.Backup;

/// <summary>Backs up and restores the configured database, whichever the provider: SQLite through its online backup
/// API, PostgreSQL through pg_dump / pg_restore. The CLI (`zmd backup`, `zmd restore`) only parses its arguments and
/// calls this.</summary>
public interface IDatabaseBackup
{
    /// <summary>Writes a consistent copy of the database to <paramref name="file"/> while the application may keep
    /// writing. Refuses to overwrite an existing file. The copy appears under its name only once complete.</summary>
    Task<BackupResult> BackupAsync(string file, CancellationToken ct);

    /// <summary>Loads <paramref name="file"/> into the configured database, which must be empty (no table at all):
    /// anything else is refused before a single byte changes (BusinessException Backup:TargetNotEmpty). A file that
    /// is not a readable backup is refused the same way (Backup:InvalidFile). The caller migrates afterwards.</summary>
    Task<BackupResult> RestoreAsync(string file, CancellationToken ct);
}

/// <summary>What a backup or restore did: the file, its size and the time it took.</summary>
public sealed record BackupResult(string File, long Bytes, TimeSpan Elapsed);
