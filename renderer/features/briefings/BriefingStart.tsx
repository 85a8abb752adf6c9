import { useEffect, useRef, useState } from 'react';
import type { AdvocacyAction } from '../../../shared/domain/action';
import type { BriefingInput } from '../../../shared/domain/briefing';
import { localIsoDate } from '../../../shared/domain/common';
import { REGION_IDS, type RegionId } from '../../../shared/domain/regions';
import { useNotify } from '../../app/notifications/useNotify';
import { navigate, routeHref } from '../../app/route';
import { findAction } from '../../data/actionQueries';
import { usePlannedActions } from '../../data/useActionQueries';
import { useBriefings } from '../../data/useBriefingQueries';
import { useDatabase } from '../../data/useDatabase';
import { useStakeholdersByIds } from '../../data/useStakeholderQueries';
import { briefingForAction, createBriefing } from '../../db/repositories/briefings';
import { useT } from '../../i18n/useT';
import { SelectField } from '../../ui/fields';
import { StakeholderPicker } from '../../ui/StakeholderPicker';

// Where a briefing starts: a planned meeting, a region, or stakeholders picked by hand.

/** Meetings first (that is what briefings are for), then the rest, soonest first. */
function byMeetingThenDate(left: AdvocacyAction, right: AdvocacyAction): number {
  const isMeeting = (action: AdvocacyAction) =>
    action.kind === 'network-meeting' || action.kind === 'bilateral-meeting' ? 0 : 1;
  return isMeeting(left) - isMeeting(right) || left.date.localeCompare(right.date);
}

// A link #/briefings?action=<id> is followed once even if React runs the effect twice.
const pendingForAction = new Map<string, Promise<string>>();

export function BriefingStart({ actionIdFromLink }: { actionIdFromLink: string | undefined }) {
  const { t, tOr, formatDate } = useT();
  const { notifyError } = useNotify();
  const database = useDatabase();
  const saved = useBriefings();
  const planned = usePlannedActions();
  const [region, setRegion] = useState<RegionId>('campania');
  const [chosenIds, setChosenIds] = useState<string[]>([]);
  const chosen = useStakeholdersByIds(chosenIds);

  useEffect(
    function followActionLink() {
      if (!actionIdFromLink) return;
      const pending =
        pendingForAction.get(actionIdFromLink) ??
        findAction(database, actionIdFromLink).then((action) =>
          action
            ? briefingForAction(database, action).then((briefing) => briefing.id)
            : Promise.reject(new Error(t('common.notFound'))),
        );
      pendingForAction.set(actionIdFromLink, pending);
      pending
        .then((id) => navigate({ section: 'briefings', id }), notifyError)
        .finally(() => pendingForAction.delete(actionIdFromLink));
    },
    [actionIdFromLink, database, notifyError, t],
  );

  // A double click makes one briefing: the second click finds the first one still starting.
  const isStartingRef = useRef(false);
  const [isStarting, setIsStarting] = useState(false);
  async function start(input: BriefingInput) {
    if (isStartingRef.current) return;
    isStartingRef.current = true;
    setIsStarting(true);
    try {
      const briefing = await createBriefing(database, input);
      navigate({ section: 'briefings', id: briefing.id });
    } catch (error) {
      notifyError(error);
    } finally {
      isStartingRef.current = false;
      setIsStarting(false);
    }
  }

  async function startFromAction(action: AdvocacyAction) {
    try {
      navigate({ section: 'briefings', id: (await briefingForAction(database, action)).id });
    } catch (error) {
      notifyError(error);
    }
  }

  const chosenStakeholders = (chosen ?? []).filter((item) => item !== undefined);
  const regionName = tOr(`region.${region}`, region);
  return (
    <div className="briefing-start">
      <section className="card briefing-saved" aria-labelledby="briefings-saved">
        <h2 id="briefings-saved">{t('briefings.saved')}</h2>
        {saved?.length ? (
          <ul className="item-list">
            {saved.map((briefing) => (
              <li key={briefing.id}>
                <a href={routeHref({ section: 'briefings', id: briefing.id })}>{briefing.title}</a>{' '}
                <span className="muted">{formatDate(localIsoDate(new Date(briefing.updatedAt)))}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('briefings.savedEmpty')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="briefings-from-action">
        <h2 id="briefings-from-action">{t('briefings.start.fromAction')}</h2>
        <p className="muted">{t('briefings.start.fromActionHint')}</p>
        {planned?.length ? (
          <ul className="item-list briefing-planned">
            {[...planned].sort(byMeetingThenDate).map((action) => (
              <li key={action.id}>
                <span>
                  <strong>{action.title}</strong>{' '}
                  <span className="muted">
                    {formatDate(action.date)} · {tOr(`actionKind.${action.kind}`, action.kind)}
                  </span>
                </span>
                <button
                  type="button"
                  className="button-small"
                  aria-label={t('briefings.start.prepareFor', { title: action.title, date: formatDate(action.date) })}
                  onClick={() => void startFromAction(action)}
                >
                  {t('briefings.start.prepare')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('briefings.start.noPlanned')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="briefings-from-region">
        <h2 id="briefings-from-region">{t('briefings.start.fromRegion')}</h2>
        <div className="briefing-inline-form">
          <SelectField
            label={t('briefings.start.region')}
            value={region}
            options={REGION_IDS.map((id) => ({ value: id, label: tOr(`region.${id}`, id) }))}
            onChange={(value) => setRegion(value as RegionId)}
          />
          <button
            type="button"
            disabled={isStarting}
            onClick={() =>
              void start({
                title: t('briefings.start.regionTitle', { region: regionName }),
                source: { kind: 'region', region },
                agenda: '',
              })
            }
          >
            {t('briefings.start.create')}
          </button>
        </div>
      </section>

      <section className="card" aria-labelledby="briefings-from-stakeholders">
        <h2 id="briefings-from-stakeholders">{t('briefings.start.fromStakeholders')}</h2>
        <StakeholderPicker
          label={t('briefings.start.stakeholderSearch')}
          value=""
          excludeIds={chosenIds}
          onChange={(id) => id && setChosenIds((ids) => [...ids, id])}
        />
        {chosenStakeholders.length > 0 && (
          <ul className="item-list" aria-label={t('briefings.start.chosen', { count: chosenStakeholders.length })}>
            {chosenStakeholders.map((stakeholder) => (
              <li key={stakeholder.id}>
                {stakeholder.name}{' '}
                <button
                  type="button"
                  className="button-quiet button-small"
                  aria-label={t('briefings.start.unchoose', { name: stakeholder.name })}
                  onClick={() => setChosenIds((ids) => ids.filter((id) => id !== stakeholder.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          disabled={chosenStakeholders.length === 0 || isStarting}
          onClick={() =>
            void start({
              title: t('briefings.start.stakeholdersTitle', {
                names:
                  chosenStakeholders
                    .slice(0, 3)
                    .map((item) => item.shortName || item.name)
                    .join(', ') + (chosenStakeholders.length > 3 ? '…' : ''),
              }),
              source: { kind: 'stakeholders', stakeholderIds: chosenStakeholders.map((item) => item.id) },
              agenda: '',
            })
          }
        >
          {t('briefings.start.createFromChosen')}
        </button>
      </section>
    </div>
  );
}
