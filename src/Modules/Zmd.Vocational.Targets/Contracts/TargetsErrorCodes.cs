namespace Zmd.Vocational.Targets.Contracts;

public static class TargetsErrorCodes
{
    public const string TargetNotFound = "Targets:TargetNotFound";
}
