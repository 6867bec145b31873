import { Inject, Module } from '@nestjs/common';
import { NODE_CONFIG, type NodeConfig } from '../node-config';
import { readSecretKeySetting } from './key-setting';
import { Vault } from './vault';

/** Injection token of the node's Vault. */
export const VAULT = Symbol('VAULT');

/** Parameter decorator for the vault. */
export const InjectVault = (): ParameterDecorator => Inject(VAULT);

/** The vault, opened once at start from VAULT_DIR and VAULT_KEY_FILE (a bad key stops the node). */
@Module({
  providers: [
    {
      provide: VAULT,
      inject: [NODE_CONFIG],
      useFactory: (config: NodeConfig) =>
        Vault.open(config.VAULT_DIR, readSecretKeySetting('VAULT_KEY_FILE', config.VAULT_KEY_FILE)),
    },
  ],
  exports: [VAULT],
})
export class VaultModule {}
