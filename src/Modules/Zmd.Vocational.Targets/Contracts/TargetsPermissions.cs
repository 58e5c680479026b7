namespace Zmd.Vocational.Targets.Contracts;

public static class TargetsPermissions
{
    public const string Group = "Targets";

    public const string View = "Targets.Targets.View";
}
