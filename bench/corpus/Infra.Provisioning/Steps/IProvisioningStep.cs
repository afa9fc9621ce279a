using System.Threading;
using System.Threading.Tasks;
using Infra.Provisioning.Config;

namespace Infra.Provisioning.Steps;

public interface IProvisioningStep
{
    string Name { get; }

    Task ApplyAsync(ProvisioningContext context, CancellationToken cancellationToken);

    Task DestroyAsync(ProvisioningContext context, CancellationToken cancellationToken);
}
