import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { hasAnyRole, Identity, Role } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';

function identityOf(context: ExecutionContext): Identity | undefined {
  const gql = GqlExecutionContext.create(context).getContext<{ req?: { identity?: Identity } }>();
  return gql.req?.identity;
}

/** The caller's identity, as handed over by the gateway. */
export const CurrentIdentity = createParamDecorator((_: unknown, context: ExecutionContext) => identityOf(context));

const ROLES_KEY = 'kvn:roles';
/** Only these roles may call the operation; checked by RolesGuard. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const identity = identityOf(context);
    if (!identity) throw commonViolation('NOT_SIGNED_IN', undefined);
    if (!hasAnyRole(identity, roles)) {
      throw commonViolation('ROLE_REQUIRED', undefined, { roles });
    }
    return true;
  }
}
