import { ComponentProps, useMemo } from 'react';
import { useGatewayQuery } from '../queries';
import { SERVICE_AREA_LIST } from './ServiceAreas.operations';

export interface ServiceAreaNames {
  areas: readonly { code: string; name: string; sectorCode: string }[];
  sectors: readonly { code: string; name: string }[];
  /** An area's name; its code until the list has loaded, or for a code the list lacks. */
  areaName: (code: string) => string;
  sectorName: (code: string) => string;
}

/** The municipality's own lists, loaded once and shared by every page through the query cache. */
export function useServiceAreas(): ServiceAreaNames {
  const { data } = useGatewayQuery(SERVICE_AREA_LIST, {}, { enabled: true });
  return useMemo(() => {
    const areas = data?.serviceAreas ?? [];
    const sectors = data?.sectors ?? [];
    const areaNames = new Map(areas.map((a) => [a.code, a.name]));
    const sectorNames = new Map(sectors.map((s) => [s.code, s.name]));
    return {
      areas,
      sectors,
      areaName: (code) => areaNames.get(code) ?? code,
      sectorName: (code) => sectorNames.get(code) ?? code,
    };
  }, [data]);
}

/** The `<option>`s of a service-area select, in the list's order. */
export function ServiceAreaOptions({ only }: { only?: readonly string[] }) {
  const { areas } = useServiceAreas();
  return (
    <>
      {areas
        .filter((a) => !only || only.includes(a.code))
        .map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
    </>
  );
}

/**
 * An uncontrolled service-area select: drawn again once the list has loaded, since a select
 * takes its default value only when first drawn.
 */
export function ServiceAreaSelect({ only, ...props }: ComponentProps<'select'> & { only?: readonly string[] }) {
  const { areas } = useServiceAreas();
  return (
    <select key={areas.length ? 'loaded' : 'loading'} {...props}>
      <ServiceAreaOptions only={only} />
    </select>
  );
}
