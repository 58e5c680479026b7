namespace Zmd.Vocational.Cli;

/// <summary>Exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int Rejected = 2;
    public const int Failed = 3;
}
