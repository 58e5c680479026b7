namespace Zmd.Vocational.Targets.Contracts;

/// <summary>The register of the plan's targets, in the plan's order. Read-only: the seed file is its source.</summary>
public interface ITargetRegister
{
    Task<IReadOnlyList<TargetDto>> ListAsync(CancellationToken ct = default);

    /// <summary>One target by code; throws a not-found business error (<see cref="TargetsErrorCodes.TargetNotFound"/>).</summary>
    Task<TargetDto> GetAsync(string code, CancellationToken ct = default);
}
