namespace Zmd.Vocational.Filing.Contracts;

public static class UploadLimits
{
    /// <summary>The largest upload request accepted (a province-scale roster as CSV is about this size).</summary>
    public const long MaxRequestBytes = 210L * 1024 * 1024;
}
